const express = require("express");

const app = express();
const ALLOWED_ORIGINS = ["https://app.example.com"];

app.get("/notes", (req, res) => {
  // ruleid: JS165
  res.header("Access-Control-Allow-Origin", req.get("origin"));
  res.header("Access-Control-Allow-Credentials", true);
  // ok: JS165
  res.header("Access-Control-Allow-Origin", "https://app.example.com");
  // ok: JS165
  res.header("X-Request-Origin-Seen", "yes");
  res.send([]);
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
  // ruleid: JS165
  res.setHeader("access-control-allow-origin", origin);
  if (ALLOWED_ORIGINS.includes(origin)) {
    // ok: JS165
    res.set("Access-Control-Allow-Origin", origin);
  }
  next();
});
