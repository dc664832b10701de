import type { EntityManager } from "typeorm";
import { describe, expect, it } from "vitest";
import { readTogether } from "../src/db/read-together.js";

/** Two reads that log when they start and end; the first is the slower. */
function reads(log: string[]) {
  const read = (name: string, ms: number, value: number) => async () => {
    log.push(`${name} starts`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`${name} ends`);
    return value;
  };
  return [read("a", 20, 1), read("b", 1, 2)] as const;
}

describe("readTogether", () => {
  it("runs reads in parallel outside a transaction (each on its own pooled connection)", async () => {
    const log: string[] = [];
    const result = await readTogether({} as EntityManager, reads(log));
    expect(result).toEqual([1, 2]);
    expect(log).toEqual(["a starts", "b starts", "b ends", "a ends"]);
  });

  it("runs them one after the other inside a transaction, whose single connection pg would queue", async () => {
    const log: string[] = [];
    const inTransaction = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;
    const result = await readTogether(inTransaction, reads(log));
    expect(result).toEqual([1, 2]);
    expect(log).toEqual(["a starts", "a ends", "b starts", "b ends"]);
  });
});
