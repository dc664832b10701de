import { describe, expect, it } from "vitest";
import { RequestGate } from "../src/db/heavy-requests.js";
import { AppError } from "../src/errors.js";

/** The heavy-request gate on its own (no database): who runs, who waits, who is told "busy". */
describe("RequestGate", () => {
  it("lets `capacity` requests run, queues the next, and hands a freed permit to the oldest waiter", async () => {
    const gate = new RequestGate(2, 1_000);
    const first = await gate.enter();
    const second = await gate.enter();
    const order: string[] = [];
    const third = gate.enter().then((release) => {
      order.push("third");
      return release;
    });
    const fourth = gate.enter().then((release) => {
      order.push("fourth");
      return release;
    });
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    first();
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(["third", "fourth"]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses with SERVER_BUSY and a Retry-After once the wait exceeds queueMs, and forgets the waiter", async () => {
    const gate = new RequestGate(1, 30);
    const held = await gate.enter();
    const refused = await gate.enter().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("SERVER_BUSY");
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    held();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("with no queue (queueMs 0) refuses at once when full", async () => {
    const gate = new RequestGate(1, 0);
    await gate.enter();
    await expect(gate.enter()).rejects.toMatchObject({ code: "SERVER_BUSY" });
  });

  it("a permit released twice frees one place, not two", async () => {
    const gate = new RequestGate(1, 0);
    const release = await gate.enter();
    release();
    release();
    await gate.enter();
    await expect(gate.enter()).rejects.toMatchObject({ code: "SERVER_BUSY" });
  });

  it("run() gives the permit back when the work throws", async () => {
    const gate = new RequestGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    await expect(gate.run(async () => "ran")).resolves.toBe("ran");
  });
});
