// ruleid: JS813
function create(p0, p1, p2, p3, p4, p5, p6, p7) {
  return 0
}

// ok: JS813
function call(p0, p1, p2, p3, p4, p5, p6) {
  return 0
}
