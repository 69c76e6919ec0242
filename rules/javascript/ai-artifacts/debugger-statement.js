function pay(order) {
  // ruleid: JS711
  debugger;
  // ok: JS711
  const debuggerEnabled = false;
  return order;
}
