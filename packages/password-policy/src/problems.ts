import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits.js";

/** Why a password is refused; `code` is stable (tests and clients may rely on it), `vi` is what users read. */
export const PROBLEMS = {
  TOO_SHORT: {
    vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
    en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  TOO_LONG: {
    vi: `Mật khẩu có tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
    en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  PERSONAL: {
    vi: "Mật khẩu không được chứa email hoặc họ tên của người dùng",
    en: "The password must not contain the user's e-mail or name",
  },
  COMMON: {
    vi: "Mật khẩu nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ; hãy chọn mật khẩu khác",
    en: "The password is in a list of common or breached passwords",
  },
  REPEATED: {
    vi: "Mật khẩu không được là các ký tự lặp lại (ví dụ: aaaaaaaaaa)",
    en: "The password must not be a repetition (e.g. aaaaaaaaaa)",
  },
  SEQUENTIAL: {
    vi: "Mật khẩu không được là một dãy liên tiếp (ví dụ: 1234567890, abcdefghij)",
    en: "The password must not be a sequence (e.g. 1234567890, abcdefghij)",
  },
  KEYBOARD: {
    vi: "Mật khẩu không được là các phím liền nhau trên bàn phím (ví dụ: qwertyuiop)",
    en: "The password must not be a keyboard pattern (e.g. qwertyuiop)",
  },
  DATE: {
    vi: "Mật khẩu không nên là một ngày tháng hay năm",
    en: "The password should not be a date or a year",
  },
  TOO_GUESSABLE: {
    vi: "Mật khẩu quá dễ đoán; hãy dùng một cụm vài từ không liên quan, ví dụ: “cá heo đạp xe lên đồi mây”",
    en: "The password is too easy to guess; use a few unrelated words",
  },
} as const;
