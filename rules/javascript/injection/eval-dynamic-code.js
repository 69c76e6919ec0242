const vm = require("vm");

function handler(req, res) {
  // ruleid: JS101
  const result = eval(req.query.expr);
  // ruleid: JS101
  const fn = new Function(req.body.code);
  // ruleid: JS101
  vm.runInNewContext(req.body.script, {});
  // ruleid: JS101
  setTimeout(`update(${req.query.id})`, 100);
  res.send(String(result) + fn);
}

function safe(req) {
  // ok: JS101
  const two = eval("1 + 1");
  // ok: JS101
  setTimeout(() => update(req.query.id), 100);
  // ok: JS101
  const data = JSON.parse(req.body.json);
  return [two, data];
}
