// ruleid: GEN713
// const res = await fetch(url);
// if (!res.ok) {
//   throw new Error("bad");
// }
// return res.json();
function load(url) {
  // ok: GEN713
  // Loads the resource at url and returns its JSON
  // body. Errors are reported to the caller, who
  // decides whether to retry; we never retry here
  // because requests may not be idempotent, and
  // retrying a POST could double-charge a customer.
  return fetch(url);
}
