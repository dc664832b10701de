import { readFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";

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

/**
 * A TCP port free on 127.0.0.1 now, for a server a test starts on a port it must know in advance (an
 * embedded PostgreSQL restarted on the same port, an API process). The browser tests use it too.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
