class M {
// ruleid: JV814
int scan() {
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

// ok: JV814
int walk() {
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
}
