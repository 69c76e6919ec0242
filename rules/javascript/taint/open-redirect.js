app.get("/login", (req, res) => {
  const next = req.query.next;
  // ruleid: JS155
  res.redirect(next);
  // ruleid: JS155
  res.redirect(302, req.query.back);
  // ok: JS155
  res.redirect("/home");
  const ALLOWED = ["/home", "/account"];
  if (ALLOWED.includes(next)) {
    // ok: JS155
    res.redirect(next);
  }
});

app.get("/continue", (req, res) => {
  const next = String(req.query.next ?? "/");
  const ALLOWED_REDIRECTS = ["/home", "/account"];
  const dest = ALLOWED_REDIRECTS.includes(next) ? next : "/";
  // ok: JS155
  res.redirect(302, dest);
  const other = ALLOWED_REDIRECTS.includes(next) ? "/" : next;
  // ruleid: JS155
  res.redirect(302, other);
});

app.get("/back", (req, res) => {
  const referrer = req.get("Referrer");
  const url = new URL(referrer, "https://shop.example.com");
  if (url.host === req.hostname) {
    // same origin as the request: the redirect stays on this site
    // ok: JS155
    res.redirect(referrer);
    return;
  }
  // ruleid: JS155
  res.redirect(referrer);
});

app.get("/go", (req, res) => {
  const target = new URL(req.query.to, "https://shop.example.com");
  if (target.origin !== "https://shop.example.com") return res.redirect("/");
  // ok: JS155
  res.redirect(target.href);
});
