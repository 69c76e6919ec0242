import vm from "vm";

export function handler(req: Request, res: Response) {
  const code = req.body.code as string;
  // ruleid: JS151
  const fn = new Function("x", code);
  // ruleid: JS151
  eval(req.query.expr);
  // ok: JS151
  eval("1 + 1");
  const n = Number(req.query.n);
  // ok: JS151
  setTimeout(`tick(${n})`, 10);
  // ruleid: JS151
  vm.runInNewContext(code, {});
  return fn;
}
