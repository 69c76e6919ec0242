async function orders(Orders, req) {
  // ruleid: JS110
  const a = await Orders.find({ $where: `this.owner == '${req.query.user}'` });
  // ruleid: JS110
  const b = await Orders.find({ "$where": "this.owner == '" + req.query.user + "'" });
  // ok: JS110
  const c = await Orders.find({ $where: "this.total > this.limit" });
  // ok: JS110
  const d = await Orders.find({ owner: `${req.query.user}` });
  return [a, b, c, d];
}
