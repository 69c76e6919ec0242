const { exec, execFile } = require("child_process");
const cp = require("node:child_process");

function log(req, cb) {
  // ruleid: JS102
  exec(`git log ${req.query.branch}`, cb);
  // ruleid: JS102
  cp.execSync("ls " + req.query.dir);
  // ruleid: JS102
  cp.spawn(req.query.cmd, { shell: true });
}

function safe(req, cb) {
  // ok: JS102
  execFile("git", ["log", req.query.branch], cb);
  // ok: JS102
  exec("git status", cb);
  // ok: JS102
  cp.spawn("ls", [req.query.dir]);
  // ok: JS102
  db.exec(`SELECT 1`);
}
