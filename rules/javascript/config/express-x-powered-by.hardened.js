const express = require("express");
const helmet = require("helmet");

// ok: JS473
const app = express();
app.disable("x-powered-by");

function withHelmet() {
  // ok: JS473
  const inner = express();
  inner.use(helmet());
  return inner;
}
