const fs = require("fs");
const path = require("path");

const DIR = "/srv/files";

app.get("/file", (req, res) => {
  const file = path.join(DIR, req.query.name);
  // ruleid: JS153
  fs.readFile(file, (err, data) => res.send(data));
  // ruleid: JS153
  res.sendFile(req.params.path);
  const safe = path.join(DIR, path.basename(req.query.name));
  // ok: JS153
  fs.readFile(safe, () => {});
  // ok: JS153
  fs.readFileSync(path.join(DIR, "index.html"));
});
