const crypto = require("crypto");

function enc(key, iv) {
  // ruleid: JS302
  const a = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: JS302
  const b = crypto.createCipheriv("aes-128-ecb", key, null);
  // ruleid: JS302
  const c = crypto.createDecipheriv("rc4", key, "");
  // ok: JS302
  const d = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: JS302
  const e = crypto.createCipheriv("aes-256-cbc", key, iv);
  return [a, b, c, d, e];
}
