import { readFileSync } from "node:fs";

/**
 * Whether a process runs. `kill(pid, 0)` alone is not enough: a child of this process that exited but was
 * not reaped yet (a zombie) still answers it, so /proc tells its state; no /proc entry means it is gone.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}
