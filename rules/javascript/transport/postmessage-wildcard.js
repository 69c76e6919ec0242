function notify(token, worker) {
  // ruleid: JS405
  window.parent.postMessage({ token }, "*");
  // ok: JS405
  window.parent.postMessage({ token }, "https://app.example.com");
  // ok: JS405
  worker.postMessage({ token });
}
