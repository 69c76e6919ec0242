const express = require("express");
const escapeXml = require("xml-escape");
const libxmljs = require("libxmljs");

const app = express();

app.post("/profile/export", (req, res) => {
  const name = req.body.name || "guest";
  const xml = `
    <userProfile>
      <!-- ruleid: JS166 -->
      <name>${name}</name>
      <!-- ok: JS166 -->
      <name>${escapeXml(name)}</name>
      <!-- ok: JS166 -->
      <role>${"user"}</role>
    </userProfile>`;
  const soap = '<?xml version="1.0"?><soap:Envelope><soap:Body><id>' +
    // ruleid: JS166
    req.body.id +
    "</id></soap:Body></soap:Envelope>";
  // markup of HTML elements is a page: the XSS rules judge where it goes
  // ok: JS166
  const page = `<div><p>${name}</p></div>`;
  // ok: JS166
  const label = `${name} <${req.body.email}>`;
  res.type("application/xml").send(xml + soap + page + label);
});

// a SOAP answer that echoes a field of the request document
app.post("/soap", (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  const user = doc.get("//username").text();
  res.send(`<?xml version="1.0"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Body>
    <!-- ruleid: JS166 -->
    <username>${user}</username>
    <!-- ok: JS166 -->
    <status>${"active"}</status>
  </soapenv:Body>
</soapenv:Envelope>`);
});
