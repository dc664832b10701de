/**
 * The one versioned write (issue 12 §3): lock, compare, change, move the version on, return before and
 * after — on a real table (implementing_unit), inside real transactions, concurrently.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteVersioned, updateVersioned } from "../src/db/versioned-update.js";
import { AppError } from "../src/errors.js";
import { ImplementingUnit } from "../src/units/implementing-unit.entity.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seedAdmin: false });
});
afterAll(() => t?.close());

let counter = 0;
async function newUnit(): Promise<ImplementingUnit> {
  return t.dataSource.manager.save(
    t.dataSource.manager.create(ImplementingUnit, { name: `Đơn vị thử ${++counter}`, communeCode: null }),
  );
}

async function row(id: string): Promise<{ name: string; version: number } | undefined> {
  const [found] = await t.dataSource.query("SELECT name, version FROM implementing_unit WHERE id = $1", [id]);
  return found;
}

function refusal(error: unknown): { code: string; message: string; field?: string } {
  if (!(error instanceof AppError)) throw error;
  return { code: error.code, message: error.message, field: error.field };
}

describe("updateVersioned", () => {
  it("applies the change at the version read, moves the version on and returns before and after", async () => {
    const unit = await newUnit();
    const change = await t.dataSource.transaction((em) =>
      updateVersioned(em, ImplementingUnit, { id: unit.id, version: 1 }, { name: "Tên mới" }, "đơn vị"),
    );
    expect(change.before).toMatchObject({ id: unit.id, name: unit.name, version: 1 });
    expect(change.after).toMatchObject({ id: unit.id, name: "Tên mới", version: 2 });
    expect(await row(unit.id)).toEqual({ name: "Tên mới", version: 2 });
  });

  it("refuses a stale version with STALE_VERSION and its Vietnamese message, changing nothing", async () => {
    const unit = await newUnit();
    const error = await t.dataSource
      .transaction((em) =>
        updateVersioned(em, ImplementingUnit, { id: unit.id, version: 2 }, { name: "X" }, "đơn vị"),
      )
      .catch((e: unknown) => e);
    expect(refusal(error)).toEqual({
      code: "STALE_VERSION",
      message: AppError.staleVersion().message,
      field: "version",
    });
    expect(AppError.staleVersion().message).toBe(
      "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.",
    );
    expect(await row(unit.id)).toEqual({ name: unit.name, version: 1 });
  });

  it("says NOT_FOUND with the record's name when there is no such row", async () => {
    const error = await t.dataSource
      .transaction((em) =>
        updateVersioned(
          em,
          ImplementingUnit,
          { id: "00000000-0000-4000-8000-000000000000", version: 1 },
          { name: "X" },
          "đơn vị thực hiện",
        ),
      )
      .catch((e: unknown) => e);
    expect(refusal(error)).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("đơn vị thực hiện"),
    });
  });

  it("gives a patch function the row as locked, and writes nothing when it refuses", async () => {
    const unit = await newUnit();
    let seen: ImplementingUnit | undefined;
    const error = await t.dataSource
      .transaction((em) =>
        updateVersioned(
          em,
          ImplementingUnit,
          { id: unit.id, version: 1 },
          (locked) => {
            seen = locked;
            throw AppError.conflict("Không được đổi");
          },
          "đơn vị",
        ),
      )
      .catch((e: unknown) => e);
    expect(refusal(error).code).toBe("CONFLICT");
    expect(seen).toMatchObject({ id: unit.id, version: 1 });
    expect(await row(unit.id)).toEqual({ name: unit.name, version: 1 });
  });

  it("moves the version on for an empty patch: a change to a record's parts is a change to it", async () => {
    const unit = await newUnit();
    const { after } = await t.dataSource.transaction((em) =>
      updateVersioned(em, ImplementingUnit, { id: unit.id, version: 1 }, {}, "đơn vị"),
    );
    expect(after.version).toBe(2);
    expect(await row(unit.id)).toEqual({ name: unit.name, version: 2 });
  });

  it("refuses to run outside a transaction, where its lock would prove nothing", async () => {
    const unit = await newUnit();
    await expect(
      updateVersioned(
        t.dataSource.manager,
        ImplementingUnit,
        { id: unit.id, version: 1 },
        { name: "X" },
        "đơn vị",
      ),
    ).rejects.toThrow(/transaction is required/);
    expect(await row(unit.id)).toEqual({ name: unit.name, version: 1 });
  });

  it("lets exactly one of two concurrent changes from the same reading through; the other waits, then is stale", async () => {
    const unit = await newUnit();
    let releaseFirst: () => void = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstLocked: () => void = () => {};
    const locked = new Promise<void>((resolve) => {
      firstLocked = resolve;
    });
    const first = t.dataSource.transaction((em) =>
      updateVersioned(
        em,
        ImplementingUnit,
        { id: unit.id, version: 1 },
        async () => {
          firstLocked();
          await firstHolds; // holds the row lock while the second asks for it
          return { name: "Lần một" };
        },
        "đơn vị",
      ),
    );
    await locked;
    let secondJudged = false;
    const second = t.dataSource
      .transaction((em) =>
        updateVersioned(
          em,
          ImplementingUnit,
          { id: unit.id, version: 1 },
          () => {
            secondJudged = true;
            return { name: "Lần hai" };
          },
          "đơn vị",
        ),
      )
      .catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Still waiting for the first's lock: it has not even been judged.
    expect(secondJudged).toBe(false);
    releaseFirst();
    await expect(first).resolves.toMatchObject({ after: { name: "Lần một", version: 2 } });
    expect(refusal(await second).code).toBe("STALE_VERSION");
    expect(secondJudged).toBe(false);
    expect(await row(unit.id)).toEqual({ name: "Lần một", version: 2 });
  });
});

describe("deleteVersioned", () => {
  it("deletes at the version read and returns the row as it was; refuses a stale version", async () => {
    const unit = await newUnit();
    const stale = await t.dataSource
      .transaction((em) => deleteVersioned(em, ImplementingUnit, { id: unit.id, version: 3 }, "đơn vị"))
      .catch((e: unknown) => e);
    expect(refusal(stale).code).toBe("STALE_VERSION");
    expect(await row(unit.id)).toBeDefined();
    const gone = await t.dataSource.transaction((em) =>
      deleteVersioned(em, ImplementingUnit, { id: unit.id, version: 1 }, "đơn vị"),
    );
    expect(gone).toMatchObject({ id: unit.id, name: unit.name, version: 1 });
    expect(await row(unit.id)).toBeUndefined();
  });
});
