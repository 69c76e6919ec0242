const express = require("express");

// ruleid: JS473
const app = express();
app.get("/", (req, res) => res.send("ok"));

function createServer() {
  // ruleid: JS473
  const inner = express();
  inner.get("/health", (req, res) => res.send("ok"));
  return inner;
}

// ok: JS473
const router = express.Router();
