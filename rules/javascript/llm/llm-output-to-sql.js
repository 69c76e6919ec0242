async function textToSql(db, client, question) {
  const res = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const sql = res.choices[0].message.content;
  // ruleid: JS612
  const rows = await db.query(sql);
  // ok: JS612
  const safe = await db.query("SELECT * FROM docs WHERE title = $1", [sql]);
  return [rows, safe];
}
