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
  client.search("dc=example,dc=org", { filter: filter, scope: "sub" }, () => {});
  client.search("dc=example,dc=org", { filter: "(uid=admin)" }, () => {});
});

app.post("/login", (req, res) => {
  req.session.role = req.body.role;
  req.session.role = "user";
  // Node's setHeader throws ERR_INVALID_CHAR on CR/LF: the header cannot be split
  // ok: JS161
  res.setHeader("X-Name", req.query.name);
  // ok: JS161
  res.setHeader("X-Name", "fixed");
  res.end();
});

app.get("/raw", (req, res) => {
  const socket = res.socket;
  // a response head written by hand: %0d%0a in the query starts a header of the attacker's
  // ruleid: JS161
  socket.write(`HTTP/1.1 302 Found\r\nLocation: ${req.query.next}\r\n\r\n`);
  // ok: JS161
  socket.write("HTTP/1.1 204 No Content\r\n\r\n");
  socket.end();
});
