const crypto = require("crypto");

function sign(secret, body) {
  // ruleid: JS301
  const a = crypto.createHash("md5").update(secret + body).digest("hex");
  // ruleid: JS301
  const b = crypto.createHmac("sha1", secret).update(body).digest("hex");
  // ok: JS301
  const c = crypto.createHmac("sha256", secret).update(body).digest("hex");
  // ok: JS301
  const d = crypto.createHash("sha512").update(body).digest();
  return [a, b, c, d];
}
