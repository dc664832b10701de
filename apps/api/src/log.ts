import { LOG_LEVELS, type LogLevel } from "./config.js";

export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** One line per event on stderr, so stdout stays free for what a user must read (the first admin password). */
export function createLogger(level: LogLevel): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const write = (at: LogLevel) => (message: string, detail?: unknown) => {
    if (LOG_LEVELS.indexOf(at) > threshold) return;
    const suffix = detail === undefined ? "" : ` ${formatDetail(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${suffix}\n`);
  };
  return { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") };
}

/** A logger that drops everything; for tests that do not look at logs. */
export const silentLogger: Logger = { error() {}, warn() {}, info() {}, debug() {} };

function formatDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}
