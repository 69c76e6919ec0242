const cors = require("cors");

// ruleid: JS502
app.use(cors({ origin: true, credentials: true }));
// ruleid: JS502
app.use(cors({ origin: "*", credentials: true }));
// ok: JS502
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
// ok: JS502
app.use(cors({ origin: true }));

const corsOptions = {
  // ruleid: JS502
  origin: true,
  credentials: true,
};
app.use(cors(corsOptions));

const listed = { origin: ["https://app.example.com"], credentials: true };
// ok: JS502
app.use(cors(listed));
