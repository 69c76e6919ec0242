// ruleid: JS811
function dispatch(x) {
  if (x === 0) {
    return 0
  }
  if (x === 1) {
    return 1
  }
  if (x === 2) {
    return 2
  }
  if (x === 3) {
    return 3
  }
  if (x === 4) {
    return 4
  }
  if (x === 5) {
    return 5
  }
  if (x === 6) {
    return 6
  }
  if (x === 7) {
    return 7
  }
  if (x === 8) {
    return 8
  }
  if (x === 9) {
    return 9
  }
  if (x === 10) {
    return 10
  }
  if (x === 11) {
    return 11
  }
  if (x === 12) {
    return 12
  }
  if (x === 13) {
    return 13
  }
  if (x === 14) {
    return 14
  }
  return -1
}

// ok: JS811
function route(x) {
  if (x === 0) {
    return 0
  }
  if (x === 1) {
    return 1
  }
  if (x === 2) {
    return 2
  }
  if (x === 3) {
    return 3
  }
  if (x === 4) {
    return 4
  }
  if (x === 5) {
    return 5
  }
  if (x === 6) {
    return 6
  }
  if (x === 7) {
    return 7
  }
  if (x === 8) {
    return 8
  }
  if (x === 9) {
    return 9
  }
  if (x === 10) {
    return 10
  }
  if (x === 11) {
    return 11
  }
  if (x === 12) {
    return 12
  }
  if (x === 13) {
    return 13
  }
  return -1
}

// ruleid: JS811
const handler = (x) => {
  if (x.a0 && x.b0) return 0;
  if (x.a1 && x.b1) return 1;
  if (x.a2 && x.b2) return 2;
  if (x.a3 && x.b3) return 3;
  if (x.a4 && x.b4) return 4;
  if (x.a5 && x.b5) return 5;
  if (x.a6 && x.b6) return 6;
  if (x.a7 && x.b7) return 7;
  return 0;
};
