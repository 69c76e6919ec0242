package m

// ruleid: GO813
func create(p0, p1, p2, p3, p4, p5, p6, p7 int) int {
  return 0
}

// ok: GO813
func call(p0, p1, p2, p3, p4, p5, p6 int) int {
  return 0
}
