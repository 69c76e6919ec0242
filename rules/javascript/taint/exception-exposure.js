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
