const crypto = require("crypto");

// ruleid: JS304
const weak = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
// ok: JS304
const strong = crypto.generateKeyPairSync("rsa", { modulusLength: 3072 });
// ok: JS304
const ed = crypto.generateKeyPairSync("ed25519");
