const crypto = require("crypto");

function derive(password) {
  // ruleid: JS307
  const a = crypto.scryptSync(password, "salt", 32);
  // ruleid: JS307
  const b = crypto.pbkdf2Sync(password, Buffer.from("static-salt"), 600000, 32, "sha256");
  const salt = crypto.randomBytes(16);
  // ok: JS307
  const c = crypto.scryptSync(password, salt, 32);
  return [a, b, c];
}
