function run(code) {
  // ruleid: GEN903
  eval(code); // aiscan: ignore[JS1O1] a letter O for a zero
  // ruleid: GEN903
  /* aiscan: ignore[js-eval-dynamic] a truncated name */
  eval(code);
  // ok: GEN903
  eval(code); // aiscan: ignore[JS101] the code comes from our own bundle
  // ok: GEN903
  const note = "// aiscan: ignore[NOPE1] inside a string is no comment";
  return note;
}
