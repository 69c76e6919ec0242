function filter(req, items) {
  // ruleid: JS111
  const a = new RegExp(`^${req.query.prefix}`);
  // ruleid: JS111
  const b = RegExp("(" + req.query.word + ")+$", "i");
  // ok: JS111
  const c = new RegExp(`^${escapeRegExp(req.query.prefix)}`);
  // ok: JS111
  const d = new RegExp("^[a-z]+$");
  // ok: JS111
  const e = new RegExp(pattern);
  // ruleid: JS111
  const f = new RegExp(`\\b${searchTerm}\\b`, "g");
  // ok: JS111
  const g = new RegExp(`^${PREFIX}-${suffixPattern}$`);
  return items.filter((x) => a.test(x) || b.test(x) || c.test(x) || d.test(x) || e.test(x) || f.test(x) || g.test(x));
}
