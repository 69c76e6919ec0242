const fs = require("fs");
const path = require("path");

function files(req, res) {
  // ruleid: JS112
  res.sendFile(req.query.file);
  // ruleid: JS112
  res.download(req.params.name);
  // ruleid: JS112
  const text = fs.readFileSync(req.body.path, "utf8");
  // ruleid: JS112
  res.sendFile(path.join(UPLOAD_DIR, req.params.name));
  // ruleid: JS112
  fs.readFile(UPLOAD_DIR + "/" + req.query.file, () => {});
  // ok: JS112
  res.sendFile(path.join(UPLOAD_DIR, path.basename(req.params.name)));
  // ok: JS112
  res.sendFile(path.basename(req.query.file), { root: "/srv/uploads" });
  // ok: JS112
  res.download("/srv/reports/latest.pdf");
  return text;
}
