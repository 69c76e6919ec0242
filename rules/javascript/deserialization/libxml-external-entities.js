const libxmljs = require("libxmljs");

function parse(req) {
  // ruleid: JS202
  const a = libxmljs.parseXml(req.body, { noent: true });
  // ok: JS202
  const b = libxmljs.parseXml(req.body);
  // ok: JS202
  const c = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  return [a, b, c];
}
