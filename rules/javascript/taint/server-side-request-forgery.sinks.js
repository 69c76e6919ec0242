const express = require("express");
const needle = require("needle");
const got = require("got");
const superagent = require("superagent");
const { request } = require("undici");
const fetch = require("node-fetch");

const app = express();

app.get("/proxy", async (req, res) => {
  const target = req.query.url;
  // ruleid: JS154
  needle.get(target, () => {});
  // ruleid: JS154
  await got(target);
  // ruleid: JS154
  await superagent.get(target);
  // ruleid: JS154
  await request(target);
  // ruleid: JS154
  await fetch(target);
  // ok: JS154
  await fetch("https://api.example.com/status");
  // ok: JS154
  needle.get("https://api.example.com/status", () => {});
  res.end();
});
