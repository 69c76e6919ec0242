const https = require("https");

// ruleid: JS401
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

function call(url) {
  // ruleid: JS401
  https.request(url, { method: "GET", rejectUnauthorized: false });
  // ruleid: JS401
  const agent = new https.Agent({ rejectUnauthorized: false });
  // ok: JS401
  https.request(url, { rejectUnauthorized: true });
  // ok: JS401
  https.request(url, { ca: caBundle });
  return agent;
}

// ok: JS401
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
