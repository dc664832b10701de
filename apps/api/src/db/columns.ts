import type { ValueTransformer } from "typeorm";

/**
 * PostgreSQL returns `bigint` as a string (it may exceed 2^53). Money columns hold đồng, which this system
 * keeps within `Number.MAX_SAFE_INTEGER` (about 9 triệu tỷ đồng), so they are read as numbers; a value outside
 * that range is a data error and fails loudly instead of being rounded.
 */
export const bigintToNumber: ValueTransformer = {
  to(value: unknown): unknown {
    // null, FindOperators (In, MoreThan…) and raw SQL functions pass through; TypeORM transforms their values.
    if (value === null || value === undefined || typeof value === "object" || typeof value === "function") {
      return value;
    }
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      throw new RangeError(`A bigint column accepts only safe integers, got ${String(value)}`);
    }
    return value;
  },
  from(value: unknown): number | null {
    if (value === null || value === undefined) return null;
    const parsed = typeof value === "number" ? value : Number(value);
    if (!Number.isSafeInteger(parsed)) {
      throw new RangeError(`The database returned ${String(value)}, outside the safe integer range`);
    }
    return parsed;
  },
};

/**
 * Column options for an amount of đồng: `@Column(dongColumn())`, or `@Column(dongColumn({ nullable: true }))`.
 * Pair it with `@Field(() => DongScalar)` on the GraphQL side.
 */
export function dongColumn(options: { nullable?: boolean; default?: number } = {}) {
  return { type: "bigint" as const, transformer: bigintToNumber, ...options };
}
