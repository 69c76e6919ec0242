const log4js = require("log4js");
const express = require("express");

const app = express();
const logger = log4js.getLogger("app");

app.post("/login", (req, res) => {
  const user = req.body.username;
  // ruleid: JS164
  logger.error("Tried to login attempt from user = " + user);
  // ok: JS164
  logger.error("login attempt failed");
  res.end();
});
