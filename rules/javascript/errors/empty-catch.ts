function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  // ruleid: JS801
  } catch (err) {}
  try {
    return JSON.parse(text);
  // ok: JS801
  } catch (err) {
    throw new Error("bad JSON");
  }
}
