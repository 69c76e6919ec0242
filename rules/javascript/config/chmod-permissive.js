const fs = require("fs");

// ruleid: JS503
fs.chmodSync("run.sh", 0o777);
// ruleid: JS503
fs.chmod("data.db", "666", () => {});
// ok: JS503
fs.chmodSync("run.sh", 0o750);
// ok: JS503
fs.chmodSync("key.pem", 0o600);
