import axios from "axios";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const target = searchParams.get("url");
  // ruleid: JS154
  const page = await fetch(target);
  // ok: JS154
  const health = await fetch("https://status.example.com/health");
  return [page, health];
}

app.post("/hook", async (req, res) => {
  // ruleid: JS154
  await axios.post(req.body.callback, { ok: true });
  const base = process.env.API_BASE;
  // ok: JS154
  await axios.get(base + "/status");
});

app.get("/proxy", async (req, res) => {
  // ruleid: JS154
  const r = await axios({ method: "get", url: req.query.target });
  res.send(r.data);
});

const PARTNER_HOSTS = new Set(["partner.example.com"]);

app.get("/partner/:host/*", async (req, res) => {
  const host = req.params.host;
  // ruleid: JS154
  await axios.get(`https://${host}/${req.params[0]}`);
  if (!PARTNER_HOSTS.has(host)) {
    return res.status(403).end();
  }
  // ok: JS154
  const response = await axios.get(`https://${host}/${req.params[0]}`);
  const username = req.query.user;
  // ok: JS154
  await fetch(`https://api.github.com/users/${username}`);
  res.json(response.data);
});
