async function getUser(db, req) {
  // ruleid: JS103
  const a = await db.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
  // ruleid: JS103
  const b = await db.query("SELECT * FROM users WHERE name = '" + req.query.name + "'");
  // ruleid: JS103
  const c = await prisma.$queryRawUnsafe(`DELETE FROM posts WHERE id = ${req.body.id}`);
  return [a, b, c];
}

async function safe(db, req, cache) {
  // ok: JS103
  const a = await db.query("SELECT * FROM users WHERE id = $1", [req.params.id]);
  // ok: JS103
  const b = cache.get(`user:${req.params.id}`);
  // ok: JS103
  const c = await db.query(`SELECT * FROM users`);
  return [a, b, c];
}

function provenSafe(db, req) {
  const id = parseInt(req.params.id, 10);
  // ok: JS103
  db.query(`DELETE FROM todos WHERE id = ${id} AND user_id = ?`, [req.session.userId]);
  // ruleid: JS103
  db.query(`DELETE FROM todos WHERE id = ${req.params.id}`);
  const raw = req.params.id;
  // ruleid: JS103
  db.query(`DELETE FROM todos WHERE id = ${raw}`);
}
