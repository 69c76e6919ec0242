const crypto = require("crypto");

function enc(password, key, iv) {
  // ruleid: JS303
  const a = crypto.createCipher("aes-256-cbc", password);
  // ok: JS303
  const b = crypto.createCipheriv("aes-256-gcm", key, iv);
  return [a, b];
}
