function merge(target, source) {
  for (let key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: JS476
      target[key] = source[key];
    }
  }
  return target;
}

const deepAssign = (dst, src) => {
  for (const k of Object.keys(src)) {
    if (src[k] && typeof src[k] === "object") {
      deepAssign((dst[k] = dst[k] || {}), src[k]);
      continue;
    }
    // ruleid: JS476
    dst[k] = src[k];
  }
};

function safeMerge(target, source) {
  for (const key in source) {
    if (key === "__proto__" || key === "constructor") continue;
    if (typeof source[key] === "object") {
      safeMerge(target[key] || (target[key] = {}), source[key]);
    } else {
      // ok: JS476
      target[key] = source[key];
    }
  }
}

// a shallow copy assigns `__proto__` on the target only: no global pollution
function assignAll(target, source) {
  for (const key in source) {
    // ok: JS476
    target[key] = source[key];
  }
}
