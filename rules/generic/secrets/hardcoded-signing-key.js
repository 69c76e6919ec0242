// Generated fixture: random values, never real credentials.
const jwt = require("jsonwebtoken");
const crypto = require("crypto");
const session = require("express-session");
const cookieParser = require("cookie-parser");

// ruleid: SEC036
const TOKEN_KEY = "r7mZq2Xp9Tw4Lk8Bv3Nc";

function login(user) {
  const a = jwt.sign({ sub: user.id }, TOKEN_KEY, { expiresIn: "1h" });
  // ok: SEC036
  const b = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  // ruleid: SEC036
  const c = crypto.createHmac("sha256", "changeme").update(user.id).digest("hex");
  return [a, b, c];
}

// ruleid: SEC036
app.use(cookieParser("keyboard cat"));
// ok: SEC036
app.use(cookieParser(process.env.COOKIE_SECRET));
// ruleid: SEC036
app.use(session({ secret: "Zt2XbKp9LmW4sRv8", resave: false }));
// ok: SEC036
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
