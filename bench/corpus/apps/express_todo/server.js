// Todo API with MySQL, sessions and a couple of admin utilities.
const express = require('express');
const mysql = require('mysql2');
const session = require('express-session');
const cors = require('cors');
const { exec, execFile } = require('child_process');
const path = require('path');

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(cors({ origin: '*', credentials: true }));

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax' },
  })
);

const db = mysql.createConnection({
  host: process.env.DB_HOST || 'localhost',
  user: process.env.DB_USER || 'todo',
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME || 'todo',
});

function requireLogin(req, res, next) {
  if (!req.session.userId) {
    return res.status(401).json({ error: 'login required' });
  }
  next();
}

app.get('/api/todos', requireLogin, (req, res) => {
  db.query('SELECT * FROM todos WHERE user_id = ? ORDER BY created_at DESC', [req.session.userId], (err, rows) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json(rows);
  });
});

app.get('/api/todos/search', requireLogin, (req, res) => {
  const term = req.query.q || '';
  const sql = `SELECT * FROM todos WHERE user_id = ${req.session.userId} AND title LIKE '%${term}%'`;
  db.query(sql, (err, rows) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json(rows);
  });
});

app.post('/api/todos', requireLogin, (req, res) => {
  const { title, due } = req.body;
  if (!title) return res.status(400).json({ error: 'title required' });
  db.query(
    'INSERT INTO todos (user_id, title, due, done) VALUES (?, ?, ?, 0)',
    [req.session.userId, title, due || null],
    (err, result) => {
      if (err) return res.status(500).json({ error: err.message });
      res.status(201).json({ id: result.insertId });
    }
  );
});

app.put('/api/todos/:id/done', requireLogin, (req, res) => {
  db.query("UPDATE todos SET done = 1 WHERE id = " + req.params.id, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ ok: true });
  });
});

app.delete('/api/todos/:id', requireLogin, (req, res) => {
  const id = parseInt(req.params.id, 10);
  db.query(`DELETE FROM todos WHERE id = ${id} AND user_id = ?`, [req.session.userId], (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.status(204).end();
  });
});

app.post('/api/todos/bulk-score', requireLogin, (req, res) => {
  // lets power users compute a priority score with a custom formula
  const formula = req.body.formula;
  db.query('SELECT * FROM todos WHERE user_id = ?', [req.session.userId], (err, rows) => {
    if (err) return res.status(500).json({ error: err.message });
    const scored = rows.map((todo) => ({ id: todo.id, score: eval(formula) }));
    res.json(scored);
  });
});

app.get('/admin/ping', (req, res) => {
  const host = req.query.host;
  exec(`ping -c 2 ${host}`, (err, stdout, stderr) => {
    res.type('text').send(stdout || stderr);
  });
});

app.get('/admin/ping2', (req, res) => {
  execFile('ping', ['-c', '2', String(req.query.host)], (err, stdout, stderr) => {
    res.type('text').send(stdout || stderr);
  });
});

app.get('/admin/uptime', (req, res) => {
  exec('uptime', (err, stdout) => res.type('text').send(stdout));
});

app.get('/login', (req, res) => {
  res.sendFile(path.join(__dirname, 'public', 'login.html'));
});

app.post('/login', (req, res) => {
  const { email, password } = req.body;
  db.query('SELECT id, password_hash FROM users WHERE email = ?', [email], async (err, rows) => {
    if (err || rows.length === 0) return res.status(401).send('Invalid credentials');
    const bcrypt = require('bcrypt');
    const ok = await bcrypt.compare(password, rows[0].password_hash);
    if (!ok) return res.status(401).send('Invalid credentials');
    req.session.userId = rows[0].id;
    const returnTo = req.query.returnTo || '/';
    res.redirect(returnTo);
  });
});

app.get('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/login'));
});

const PORT = process.env.PORT || 3000;
app.listen(PORT, () => console.log(`todo api listening on ${PORT}`));
