import { describe, expect, it } from "vitest";
import { errorCode, errorMessage, serverFieldErrors } from "./client";

describe("the server could not be reached", () => {
  it("says so when there is no GraphQL error", () => {
    expect(errorMessage({ networkError: new Error("fetch failed") })).toMatch(/Không kết nối được máy chủ/);
    expect(errorCode({ graphQLErrors: [{ extensions: { code: "FORBIDDEN" } }] })).toBe("FORBIDDEN");
  });
});

describe("serverFieldErrors: the server's message under the field it concerns", () => {
  it("puts a duplicate email under the email", () => {
    const error = {
      graphQLErrors: [
        {
          message: "Email này đã được dùng cho một tài khoản khác",
          extensions: { code: "CONFLICT", field: "email" },
        },
      ],
    };
    expect(serverFieldErrors(error)).toEqual({
      byField: { email: "Email này đã được dùng cho một tài khoản khác" },
      other: [],
    });
  });
  it("spreads validation errors over their fields and maps argument names to form fields", () => {
    const error = {
      graphQLErrors: [
        {
          message: "Dữ liệu nhập không hợp lệ.",
          extensions: {
            code: "BAD_USER_INPUT",
            field: "email",
            fieldErrors: [
              { field: "email", message: "Email không hợp lệ" },
              { field: "newPassword", message: "Mật khẩu phải có ít nhất 10 ký tự" },
            ],
          },
        },
      ],
    };
    expect(serverFieldErrors(error, { newPassword: "password" }).byField).toEqual({
      email: "Email không hợp lệ",
      password: "Mật khẩu phải có ít nhất 10 ký tự",
    });
  });
  it("sends a message for a field the form does not have to the alert, not to a hidden field", () => {
    const error = {
      graphQLErrors: [
        { message: "Mã người dùng không hợp lệ", extensions: { code: "BAD_USER_INPUT", field: "id" } },
      ],
    };
    expect(serverFieldErrors(error, {}, ["email", "password"])).toEqual({
      byField: {},
      other: ["Mã người dùng không hợp lệ"],
    });
  });
  it("leaves an error without a field for the alert", () => {
    const error = {
      graphQLErrors: [
        { message: "Dữ liệu đã được người khác thay đổi.", extensions: { code: "STALE_VERSION" } },
      ],
    };
    expect(serverFieldErrors(error)).toEqual({
      byField: {},
      other: ["Dữ liệu đã được người khác thay đổi."],
    });
    expect(serverFieldErrors(undefined)).toEqual({ byField: {}, other: [] });
  });
});
