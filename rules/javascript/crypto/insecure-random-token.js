const crypto = require("crypto");

function tokens(user) {
  // ruleid: JS305
  const resetToken = Math.random().toString(36).slice(2);
  // ruleid: JS305
  user.sessionId = Math.floor(Math.random() * 1e9);
  // ruleid: JS305
  const otp = { code: Math.floor(100000 + Math.random() * 900000) };
  // ok: JS305
  const jitter = Math.random() * 100;
  // ok: JS305
  const apiToken = crypto.randomBytes(32).toString("base64url");
  return [resetToken, otp, jitter, apiToken];
}

const makeInviteCode = () => {
  // ruleid: JS305
  return Math.random().toString(36).slice(2, 10);
};

function pickColor(colors) {
  // ok: JS305
  return colors[Math.floor(Math.random() * colors.length)];
}

function createSessionId() {
  let id = '';
  for (let i = 0; i < 32; i++) {
    // ruleid: JS305
    id += Math.floor(Math.random() * 16).toString(16);
  }
  return id;
}

function createSessionLabel() {
  let hue = 0;
  // ok: JS305
  hue += Math.floor(Math.random() * 360);
  return `session-${Date.now()}`;
}
