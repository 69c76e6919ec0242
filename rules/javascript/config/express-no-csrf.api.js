const express = require("express");

// no cookie session in this file: a forged request carries no login
// ok: JS474
const api = express();
api.use(express.json());
