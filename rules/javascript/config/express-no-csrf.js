const express = require("express");
const session = require("express-session");

// ruleid: JS474
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));

function createAdmin() {
  // ruleid: JS474
  const admin = express();
  admin.use(session({ secret: process.env.SESSION_SECRET }));
  return admin;
}
