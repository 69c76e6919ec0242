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
