function checks(input) {
  // ruleid: JS167
  const a = /^(a+)+$/.test(input);
  // ruleid: JS167
  const mail = /^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+$/;
  // ruleid: JS167
  const list = /^(\d+,?)+$/;
  // ruleid: JS167
  const spaces = /^x(\s*)+y$/;
  // each iteration must consume a comma: linear
  // ok: JS167
  const csv = /^\w+(\s*,\s*\w+)*$/;
  // ok: JS167
  const plain = /^[a-z]+@[a-z]+\.com$/;
  // nothing after the loop can fail: the first split matches
  // ok: JS167
  const prefix = /(a+)+/;
  // ok: JS167
  const named = /(?<year>\d{4})-(?<month>\d{2})/;
  return [a, mail, list, spaces, csv, plain, prefix, named].length;
}
