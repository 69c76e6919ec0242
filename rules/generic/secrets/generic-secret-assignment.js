// Generated fixture: random values, never real credentials.
// ruleid: SEC100
const config = { apiKey: "Zp4Xq9Lm2Tw7Rb8Kc3Vn" };
// ruleid: SEC100
const token = process.env.API_TOKEN || "dev-token-123";
// ok: SEC100
const apiKey = process.env.API_KEY;
// ok: SEC100
const password = passwordInput.value;
// ok: SEC100
const X509_SUBJECT_TOKEN = "urn:ietf:params:oauth:token-type:x509-cert-2009";
// ok: SEC100
params.secret = "**REDACTED**";
