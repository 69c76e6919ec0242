const crypto = require("crypto");

function enc(key) {
  // ruleid: JS306
  const a = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16));
  // ruleid: JS306
  const b = crypto.createCipheriv("aes-256-cbc", key, "0123456789abcdef");
  // ruleid: JS306
  const c = crypto.createCipheriv("aes-256-gcm", key, Buffer.from("fixednonce12"));
  const iv = crypto.randomBytes(16);
  // ok: JS306
  const d = crypto.createCipheriv("aes-256-cbc", key, iv);
  // ok: JS306
  const e = crypto.createCipheriv("aes-256-gcm", key, crypto.randomBytes(12));
  return [a, b, c, d, e];
}
