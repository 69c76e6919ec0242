const jwt = require("jsonwebtoken");

function check(token, key, claims) {
  // ruleid: JS403
  const a = jwt.verify(token, key, { algorithms: ["HS256", "none"] });
  // ruleid: JS403
  const b = jwt.sign(claims, null, { algorithm: "none" });
  // ok: JS403
  const c = jwt.verify(token, key, { algorithms: ["HS256"] });
  // ok: JS403
  const d = jwt.sign(claims, key, { algorithm: "RS256" });
  return [a, b, c, d];
}
