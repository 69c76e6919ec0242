const cors = require("cors");

// ruleid: JS501
app.use(cors({ origin: "*" }));
// ok: JS501
app.use(cors({ origin: ["https://app.example.com"] }));
// ruleid: JS501
app.use(cors());
// ok: JS501
app.use(cors(corsOptions));

function handler(req, res) {
  // ruleid: JS501
  res.setHeader("Access-Control-Allow-Origin", "*");
  // ok: JS501
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  // ok: JS501
  res.setHeader("Cache-Control", "*");
}
