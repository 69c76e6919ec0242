// Flows across statements, functions, fields, containers and aliases (JS150 as the witness sink).
const exec = require("child_process").exec;
const { execSync: run } = require("child_process");
const express = require("express");

const app = express();

function runTool(cmd) {
  // ruleid: JS150
  exec(cmd);
}

function runFixed(cmd) {
  // ok: JS150
  exec("uptime");
}

const wrap = (value) => `echo ${value.trim()}`;

function constant(value) {
  return "status";
}

app.get("/helpers", (req, res) => {
  const host = req.query.host;
  runTool("ping -c 1 " + host);
  runFixed(host);
  // ruleid: JS150
  run(wrap(host));
  // ok: JS150
  run(constant(host));
  res.end();
});

class Job {
  load(req) {
    this.target = req.query.target;
    this.label = "fixed";
  }
  run() {
    // ruleid: JS150
    exec("echo " + this.target);
    // ok: JS150
    exec("echo " + this.label);
  }
}

app.get("/containers", (req, res) => {
  const param = req.query.p;
  const items = [];
  items.push("safe");
  items.push(param);
  // ok: JS150
  exec("echo " + items[0]);
  // ruleid: JS150
  exec("echo " + items[1]);
  const opts = { a: "ls", b: param };
  // ok: JS150
  exec(opts.a);
  // ruleid: JS150
  exec(opts["b"]);
  res.end();
});

app.get("/transforms", (req, res) => {
  const data = req.query.d;
  const decoded = Buffer.from(Buffer.from(data).toString("base64"), "base64").toString();
  // ruleid: JS150
  exec(decoded);
  // ruleid: JS150
  exec(data.slice(2).replace("'", ""));
  // ruleid: JS150
  exec(["echo", data].join(" "));
  res.end();
});

app.get("/dead", (req, res) => {
  let bar = "fixed";
  if (7 * 42 - 86 > 300) {
    bar = req.query.v;
  }
  // ok: JS150
  exec("echo " + bar);
  res.end();
});
