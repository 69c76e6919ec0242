const ejs = require("ejs");
const pug = require("pug");

app.get("/hello", (req, res) => {
  // ruleid: JS156
  res.send(ejs.render("<h1>" + req.query.name + "</h1>"));
  // ruleid: JS156
  const fn = pug.compile(req.body.template);
  // ok: JS156
  const html = ejs.render("<h1><%= name %></h1>", { name: req.query.name });
  return [fn, html];
});
