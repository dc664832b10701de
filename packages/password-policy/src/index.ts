export {
  checkPassword,
  MIN_ACCEPTED_SCORE,
  type PasswordCheck,
  type PasswordCheckOptions,
  type PasswordProblem,
  type PasswordProblemCode,
} from "./check-password.js";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "./limits.js";
export { PROBLEMS } from "./problems.js";
