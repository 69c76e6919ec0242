import { exec } from "child_process";

export function build(target: string): void {
  // ruleid: JS102
  exec(`make ${target}`);
  // ok: JS102
  exec("make all");
}
