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

// options in a variable: the finding is on the `algorithms` entry
const verifyOptions = {
  issuer: "https://issuer.example",
  // ruleid: JS403
  algorithms: ["HS256", "none"],
};
const pinnedOptions = { algorithms: ["RS256"] };

function checkNamed(token, key) {
  const local = {
    // ruleid: JS403
    algorithms: ["none"],
  };
  jwt.verify(token, key, local);
  jwt.verify(token, key, verifyOptions);
  // ok: JS403
  jwt.verify(token, key, pinnedOptions);
  let changing = { algorithms: ["RS256"] };
  changing = makeOptions();
  // ok: JS403
  jwt.verify(token, key, changing);
}

function checkAgain(token, key) {
  // the shared options were reported once, at their `algorithms` entry
  return jwt.verify(token, key, verifyOptions);
}
