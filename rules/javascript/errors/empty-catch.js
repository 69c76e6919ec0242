async function send(order) {
  try {
    await order.send();
  // ruleid: JS801
  } catch (e) {}
  try {
    await order.archive();
  // ruleid: JS801
  } catch {
  }
  // ruleid: JS801
  order.notify().catch(() => {});
  try {
    await order.log();
  // ok: JS801
  } catch (ignored) {}
  try {
    await order.close();
  // ok: JS801
  } catch (e) {
    // already closed by the peer
  }
  // ok: JS801
  order.notify().catch((e) => logger.warn(e));
}
