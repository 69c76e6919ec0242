const https = require("https");

// ruleid: JS406
https.createServer({ key, cert, minVersion: "TLSv1" }, app);
// ruleid: JS406
const agent = new https.Agent({ secureProtocol: "TLSv1_method" });
// ok: JS406
https.createServer({ key, cert, minVersion: "TLSv1.2" }, app);
// ok: JS406
const agent2 = new https.Agent({ secureProtocol: "TLS_method" });
