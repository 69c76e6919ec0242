const ejs = require("ejs");
const _ = require("lodash");

function page(req) {
  // ruleid: JS109
  const a = ejs.render(`<h1>Hello ${req.query.name}</h1>`);
  // ruleid: JS109
  const b = _.template("<p>" + req.body.greeting + "</p>");
  // ok: JS109
  const c = ejs.render("<h1>Hello <%= name %></h1>", { name: req.query.name });
  // ok: JS109
  const d = _.template(templateSource)({ name: req.query.name });
  return [a, b, c, d];
}
