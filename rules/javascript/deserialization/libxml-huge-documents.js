const libxmljs = require("libxmljs");

function parse(req) {
  // ruleid: JS470
  const a = libxmljs.parseXml(req.body, { huge: true });
  // ok: JS470
  const b = libxmljs.parseXml(req.body);
  // ok: JS470
  const c = libxmljs.parseXml(req.body, { huge: false });
  const options = {
    dtdload: false,
    // ruleid: JS470
    huge: true,
  };
  const d = libxmljs.parseXml(req.body, options);
  // ok: JS470
  const e = { huge: true };
  return [a, b, c, d, e];
}
