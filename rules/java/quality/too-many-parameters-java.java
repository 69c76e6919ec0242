class M {
// ruleid: JV813
int create(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7) {
  return 0
}

// ok: JV813
int call(int p0, int p1, int p2, int p3, int p4, int p5, int p6) {
  return 0
}
}
