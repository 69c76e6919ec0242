export function run(code: string): unknown {
  // ruleid: JS101
  return eval(code);
}

export function safe(): number {
  // ok: JS101
  return eval("40 + 2") as number;
}
