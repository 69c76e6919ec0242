import DOMPurify from "dompurify";

function showHash(el) {
  const fragment = decodeURIComponent(location.hash.slice(1));
  // ruleid: JS157
  el.innerHTML = "<p>" + fragment + "</p>";
  // ok: JS157
  el.innerHTML = DOMPurify.sanitize(fragment);
  // ok: JS157
  el.textContent = fragment;
  // ok: JS157
  el.innerHTML = "<p>static</p>";
}

app.get("/greet", (req, res) => {
  // ruleid: JS157
  res.send(`<h1>Hello ${req.query.name}</h1>`);
  // ok: JS157
  res.send("<h1>Hello</h1>");
});

app.post("/echo", (req, res) => {
  // ok: JS157
  res.send({ received: req.body.message });
});
