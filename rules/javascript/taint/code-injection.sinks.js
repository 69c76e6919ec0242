const express = require("express");
const math = require("mathjs");
const vm = require("vm");

const app = express();

app.get("/calc", (req, res) => {
  const expr = req.query.expr;
  // ruleid: JS151
  res.send(String(math.evaluate(expr)));
  // ok: JS151
  res.send(String(math.evaluate("1 + 2")));
  // ruleid: JS151
  vm.runInNewContext(expr, {});
  // ruleid: JS151
  const fn = new Function("x", expr);
  // ok: JS151
  const add = new Function("a", "b", "return a + b");
});
