const cors = require("cors");

// ruleid: JS502
app.use(cors({ origin: true, credentials: true }));
// ruleid: JS502
app.use(cors({ origin: "*", credentials: true }));
// ok: JS502
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
// ok: JS502
app.use(cors({ origin: true }));
