const express = require("express");
const xpath = require("xpath");
const ldap = require("ldapjs");
const needle = require("needle");
const math = require("mathjs");

const app = express();
const client = ldap.createClient({ url: "ldap://localhost" });

app.get("/xpath", (req, res) => {
  const name = decodeURI(req.params.name.toString());
  xpath.select("//user[name='" + name + "']", doc);
  xpath.select("//user[name='admin']", doc);
});

app.get("/ldap", (req, res) => {
  const user = req.query.user || req.body.user;
  const filter = "(uid=" + user + ")";
  // ruleid: JS159
  client.search("dc=example,dc=org", { filter: filter, scope: "sub" }, () => {});
  // ok: JS159
  client.search("dc=example,dc=org", { filter: "(uid=admin)" }, () => {});
});

app.post("/login", (req, res) => {
  req.session.role = req.body.role;
  req.session.role = "user";
  res.setHeader("X-Name", req.query.name);
  res.setHeader("X-Name", "fixed");
  res.end();
});
