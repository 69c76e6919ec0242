const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const app = express();
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || './uploads');
const JWT_SECRET = process.env.JWT_SECRET;
const upload = multer({ dest: UPLOAD_DIR, limits: { fileSize: 10 * 1024 * 1024 } });

app.use(express.json());

const users = new Map();

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}

function hashPasswordV2(password, salt = crypto.randomBytes(16).toString('hex')) {
  const derived = crypto.scryptSync(password, salt, 64).toString('hex');
  return `${salt}:${derived}`;
}

function etagFor(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('base64');
}

function newShareToken() {
  return Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
}

function newSessionId() {
  return crypto.randomBytes(32).toString('hex');
}

function currentUser(req) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return null;
  // decode to get the user id for the upload folder
  const payload = jwt.decode(token);
  return payload && payload.sub;
}

function verifiedUser(req) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }).sub;
  } catch (e) {
    return null;
  }
}

app.post('/register', (req, res) => {
  const { username, password } = req.body;
  if (users.has(username)) return res.status(409).json({ error: 'taken' });
  users.set(username, { password: hashPassword(password), created: Date.now() });
  res.status(201).json({ sessionId: newSessionId() });
});

app.post('/upload', upload.single('file'), (req, res) => {
  const owner = currentUser(req) || 'anonymous';
  const token = newShareToken();
  fs.writeFileSync(path.join(UPLOAD_DIR, `${req.file.filename}.meta.json`), JSON.stringify({ owner, token }));
  res.status(201).json({ id: req.file.filename, share: `/share/${token}` });
});

app.get('/files/:name', (req, res) => {
  const filePath = path.join(UPLOAD_DIR, req.params.name);
  res.sendFile(filePath);
});

app.get('/download', (req, res) => {
  const file = req.query.file;
  fs.readFile(UPLOAD_DIR + '/' + file, (err, data) => {
    if (err) return res.status(404).send('not found');
    res.set('ETag', etagFor(data));
    res.send(data);
  });
});

app.get('/v2/files/:name', (req, res) => {
  const resolved = path.resolve(UPLOAD_DIR, path.basename(req.params.name));
  if (!resolved.startsWith(UPLOAD_DIR + path.sep)) {
    return res.status(400).send('bad path');
  }
  res.sendFile(resolved);
});

app.get('/me/files', (req, res) => {
  const user = verifiedUser(req);
  if (!user) return res.status(401).end();
  const files = fs.readdirSync(UPLOAD_DIR).filter((f) => f.endsWith('.meta.json'));
  const mine = files
    .map((f) => JSON.parse(fs.readFileSync(path.join(UPLOAD_DIR, f), 'utf8')))
    .filter((m) => m.owner === user);
  res.json(mine);
});

app.listen(process.env.PORT || 4000);
