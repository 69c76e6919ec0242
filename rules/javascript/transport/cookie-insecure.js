const session = require("express-session");

function login(res, sid) {
  // ruleid: JS404
  res.cookie("sid", sid, { secure: false });
  // ruleid: JS404
  res.cookie("sid", sid, { secure: true, httpOnly: false });
  // ok: JS404
  res.cookie("sid", sid, { secure: true, httpOnly: true, sameSite: "lax" });
  // ok: JS404
  res.cookie("theme", "dark");
}

// ruleid: JS404
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false } }));
// ok: JS404
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));

app.use(session({
  secret: process.env.SESSION_SECRET,
  // ruleid: JS404
  cookie: {
    secure: false,
    maxAge: 3600000,
  },
}));
