const express = require("express");

const app = express();

app.get("/items", async (req, res) => {
  try {
    res.json(await loadItems());
  } catch (err) {
    // ruleid: JS162
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.get("/orders", async (req, res) => {
  try {
    res.json(await loadOrders());
  } catch (err) {
    console.error(err);
    // ok: JS162
    res.status(500).json({ error: "internal error" });
  }
});

app.get("/send", async (req, res) => {
  try {
    res.send(await loadOrders());
  } catch (e) {
    // ruleid: JS162
    res.status(500).send("Failed: " + e);
  }
});

// a validator returns the error that says why the input was rejected: it is for the client
function validatePayload(body) {
  try {
    schema.parse(body);
  } catch (err) {
    return err;
  }
  return null;
}

// any other helper's caught error describes the server
function loadPayload(id) {
  try {
    return store.read(id);
  } catch (err) {
    return err;
  }
}

app.post("/payloads", (req, res) => {
  const validationErr = validatePayload(req.body);
  if (validationErr) {
    // ok: JS162
    return res.status(400).send(validationErr);
  }
  // ruleid: JS162
  res.send(loadPayload(req.body.id));
});
