import { describe, expect, it } from "vitest";
import { errorCode, errorMessage, fieldErrors } from "./client";

describe("server errors as a form shows them", () => {
  it("puts each field's message under that field", () => {
    const error = {
      graphQLErrors: [
        {
          message: "Số tiền phải là số nguyên dương.",
          extensions: {
            code: "BAD_USER_INPUT",
            field: "amount",
            fieldErrors: [
              { field: "amount", message: "Số tiền phải là số nguyên dương." },
              { field: "year", message: "Năm phải trong giai đoạn 2026–2030." },
            ],
          },
        },
      ],
    };
    expect(fieldErrors(error)).toEqual({
      amount: "Số tiền phải là số nguyên dương.",
      year: "Năm phải trong giai đoạn 2026–2030.",
    });
    expect(errorCode(error)).toBe("BAD_USER_INPUT");
  });
  it("uses the message for a single named field, and nothing when no field is named", () => {
    expect(
      fieldErrors({
        graphQLErrors: [{ message: "Email đã được dùng.", extensions: { code: "CONFLICT", field: "email" } }],
      }),
    ).toEqual({ email: "Email đã được dùng." });
    expect(
      fieldErrors({ graphQLErrors: [{ message: "Không có quyền.", extensions: { code: "FORBIDDEN" } }] }),
    ).toEqual({});
  });
  it("says the server could not be reached when there is no GraphQL error", () => {
    expect(errorMessage({ networkError: new Error("fetch failed") })).toMatch(/Không kết nối được máy chủ/);
  });
});
