app.post("/login", (req, res) => {
  // ruleid: JS712
  console.log(req);
  // ruleid: JS712
  console.log("body", req.body);
  // ruleid: JS712
  console.log(accessToken);
  // ok: JS712
  console.log("login", req.body.username);
  // ok: JS712
  console.log("password reset requested");
});
