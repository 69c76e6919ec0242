const crypto = require("crypto");
const express = require("express");

const app = express();

app.post("/login", (req, res) => {
  const sid = Math.random().toString(36).slice(2);
  // ruleid: JS163
  res.cookie("sid", sid, { httpOnly: true });
  // ok: JS163
  res.cookie("sid", crypto.randomBytes(32).toString("hex"), { httpOnly: true });
  // ruleid: JS163
  req.session.resetCode = Math.floor(Math.random() * 1000000);
  // ok: JS163
  res.cookie("theme", "dark");
  res.end();
});
