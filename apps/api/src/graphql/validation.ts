import type { ValidationOptions } from "class-validator";

/**
 * Options for a class-validator decorator with its Vietnamese message, e.g.
 * `@MaxLength(200, msg("Họ tên tối đa 200 ký tự"))`. Every rule carries one: a test fails on a rule that
 * would fall back to class-validator's English default.
 */
export function msg(message: string, options: Omit<ValidationOptions, "message"> = {}): ValidationOptions {
  return { ...options, message };
}
