const jwt = require("jsonwebtoken");

function user(req, publicKey, cache) {
  const token = req.headers.authorization.slice(7);
  // ruleid: JS402
  const claims = jwt.decode(token);
  // ok: JS402
  const verified = jwt.verify(token, publicKey, { algorithms: ["RS256"] });
  // ok: JS402
  const text = decodeURIComponent(req.query.q);
  // ok: JS402
  const entry = cache.decode(token);
  return [claims, verified, text, entry];
}
