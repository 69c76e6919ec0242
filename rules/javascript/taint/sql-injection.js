const { Pool } = require("pg");
const pool = new Pool();

app.get("/users/:id", async (req, res) => {
  const id = req.params.id;
  // ruleid: JS152
  const r1 = await pool.query("SELECT * FROM users WHERE id = " + id);
  const sql = `SELECT * FROM users WHERE name = '${req.query.name}'`;
  // ruleid: JS152
  const r2 = await pool.query(sql);
  // ok: JS152
  const r3 = await pool.query("SELECT * FROM users WHERE id = $1", [id]);
  // ok: JS152
  const r4 = await pool.query("SELECT * FROM users WHERE id = " + parseInt(id, 10));
  res.json([r1, r2, r3, r4]);
});

app.get("/gql/:id", async (req, res) => {
  // ok: JS152
  const data = await apollo.query({ query: GET_USER, variables: { id: req.params.id } });
  res.json(data);
});
