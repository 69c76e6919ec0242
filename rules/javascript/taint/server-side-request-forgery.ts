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

const MIRROR_BASE = "https://mirror.example.org";

function mirrorUrl(path: string) {
  return MIRROR_BASE + "/files/" + path;
}

app.get("/mirror/*", async (req, res) => {
  const upstream = `${MIRROR_BASE}/${req.params[0]}`;
  // ok: JS154
  const a = await fetch(upstream);
  // ok: JS154
  const b = await fetch(mirrorUrl(req.query.file));
  const elsewhere = `https://${req.query.host}/files`;
  // ruleid: JS154
  const c = await fetch(elsewhere);
  res.send([a, b, c]);
});

function isHostAllowed(url: string) {
  return new URL(url).hostname.endsWith(".partner.example.com");
}

app.get("/partner-feed", async (req, res) => {
  const feed = req.query.feed;
  const allowed = isHostAllowed(feed);
  if (!allowed) {
    return res.status(400).end();
  }
  // ok: JS154
  const r = await fetch(feed);
  if (feed && isHostAllowed(feed)) {
    // ok: JS154
    await fetch(feed);
  }
  // ruleid: JS154
  await fetch(req.query.other);
  res.send(r);
});
