const { exec, execFile, spawn } = require("child_process");
const shellQuote = require("shell-quote");

app.get("/ping", (req, res) => {
  const host = req.query.host;
  // ruleid: JS150
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
  // ok: JS150
  execFile("ping", ["-c", "1", host]);
  // ok: JS150
  exec("ping -c 1 " + shellQuote.quote([host]));
  const { tool } = req.body;
  // ruleid: JS150
  spawn(tool, ["--version"]);
  let cmd = "uptime " + host;
  cmd = "uptime";
  // ok: JS150
  exec(cmd);
  if (false) {
    // ok: JS150
    exec(req.query.debug);
  }
});

function deploy() {
  const branch = process.env.BRANCH;
  // ruleid: JS150
  exec("git checkout " + branch);
}

const TOOLS = new Set(["lint", "test"]);
app.post("/tool", (req, res) => {
  const name = req.body.name;
  if (!TOOLS.has(name)) {
    return res.status(400).end();
  }
  // ok: JS150
  exec("npm run " + name);
  const other = req.body.other;
  if (!TOOLS.has(other)) console.log("unknown");
  // ruleid: JS150
  exec("npm run " + other);
});
