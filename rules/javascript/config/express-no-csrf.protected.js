const express = require("express");
const session = require("cookie-session");
const { doubleCsrf } = require("csrf-csrf");

// ok: JS474
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET }));
app.use(doubleCsrf({ getSecret: () => process.env.CSRF_SECRET }).doubleCsrfProtection);

function sameSiteCookie() {
  // ok: JS474
  const inner = express();
  inner.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: "lax" } }));
  return inner;
}
