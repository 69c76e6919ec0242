const serialize = require("node-serialize");

function prefs(req) {
  // ruleid: JS201
  const a = serialize.unserialize(req.cookies.prefs);
  // ok: JS201
  const b = JSON.parse(req.cookies.prefs);
  // ok: JS201
  const c = serialize.serialize({ theme: "dark" });
  return [a, b, c];
}
