import { describe, expect, it } from "vitest";
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  nextEmailAttemptDelayMs,
} from "./notification-kind.js";

describe("notifications", () => {
  it("name every kind in Vietnamese", () => {
    for (const kind of NOTIFICATION_KINDS) expect(NOTIFICATION_KIND_LABELS[kind]).toMatch(/\S/);
  });

  it("retry an e-mail later and later, then give up", () => {
    const delays = [1, 2, 3, 4].map(nextEmailAttemptDelayMs);
    expect(delays).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect(nextEmailAttemptDelayMs(5)).toBeNull();
    expect(nextEmailAttemptDelayMs(0)).toBeNull();
  });
});
