// ruleid: JS814
function scan() {
  if (ok()) {
    if (ok()) {
      if (ok()) {
        if (ok()) {
          if (ok()) {
            if (ok()) {
              run();
            }
          }
        }
      }
    }
  }
  return 0;
}

// ok: JS814
function walk() {
  if (ok()) {
    if (ok()) {
      if (ok()) {
        if (ok()) {
          if (ok()) {
            run();
          }
        }
      }
    }
  }
  return 0;
}
