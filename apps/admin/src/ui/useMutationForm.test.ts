import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { refusal } from "./useMutationForm";

const refused = (extensions: Record<string, unknown>, message = "Từ chối") =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe("a form's refusal", () => {
  it("is the stale-version banner, not a field error, when the record changed meanwhile", () => {
    expect(
      refusal(refused({ code: "STALE_VERSION", field: "version" }, "Đã bị thay đổi"), { shown: ["version"] }),
    ).toEqual({
      stale: true,
      fieldErrors: {},
      formError: "Đã bị thay đổi",
    });
  });

  it("puts a field's message under that field, by the form's name for it", () => {
    const r = refusal(refused({ code: "BAD_USER_INPUT", field: "input.newPassword" }, "Quá ngắn"), {
      fields: { newPassword: "password" },
      shown: ["password"],
    });
    expect(r).toEqual({ stale: false, fieldErrors: { password: "Quá ngắn" }, formError: null });
  });

  it("says above the buttons what concerns no field the form shows, and a lost connection", () => {
    expect(
      refusal(refused({ code: "BAD_USER_INPUT", field: "year" }, "Năm sai"), { shown: ["name"] }).formError,
    ).toBe("Năm sai");
    expect(refusal(new CombinedError({ networkError: new Error("offline") })).formError).toMatch(
      /Không kết nối/,
    );
    expect(refusal(undefined)).toEqual({ stale: false, fieldErrors: {}, formError: null });
  });
});
