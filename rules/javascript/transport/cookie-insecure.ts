import type { Response } from "express";

export function login(res: Response, sid: string): void {
  // ruleid: JS404
  res.cookie("sid", sid, { httpOnly: false, secure: true } as const);
  // ok: JS404
  res.cookie("sid", sid, { httpOnly: true, secure: true, sameSite: "lax" });
}
