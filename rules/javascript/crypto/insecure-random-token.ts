export function makeToken(): string {
  // ruleid: JS305
  const token: string = Math.random().toString(36).slice(2);
  return token;
}

export function jitterMs(): number {
  // ok: JS305
  const delay: number = Math.random() * 250;
  return delay;
}
