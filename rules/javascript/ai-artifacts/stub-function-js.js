// ruleid: JS701
function charge(card, amount) {
  throw new Error("Not implemented");
}

class Gateway {
  // ruleid: JS701
  refund(token) {
    // TODO: implement refund
    return null;
  }

  // ok: JS701
  onEvent(event) {}

  // ok: JS701
  capture(token) {
    return this.client.capture(token);
  }
}

class StorageBase {
  // ok: JS701
  save(blob) {
    throw new Error("not implemented");
  }
}

// ok: JS701
function noop() {}

// ok: JS701
function fail(msg) {
  throw new Error(msg);
}
