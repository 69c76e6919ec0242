function sync(orders) {
  // ruleid: GEN701
  // your code here
  // ok: GEN701
  // sync runs after the code here has validated orders
  return true;
}
