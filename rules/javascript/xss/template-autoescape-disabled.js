const nunjucks = require("nunjucks");
const swig = require("swig");
const Handlebars = require("handlebars");

// ruleid: JS261
nunjucks.configure("views", { autoescape: false, express: app });
// ruleid: JS261
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader("views"), { autoescape: false });
// ruleid: JS261
swig.setDefaults({ autoescape: false });
// ruleid: JS261
const page = Handlebars.compile(source, { noEscape: true });
// ok: JS261
nunjucks.configure("views", { autoescape: true, express: app });
// ok: JS261
swig.setDefaults({ cache: false });
// ok: JS261
const safePage = Handlebars.compile(source, { strict: true });
