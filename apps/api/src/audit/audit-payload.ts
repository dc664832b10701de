/**
 * The one way a record becomes the `before` / `after` of an audit row (issue 12 §3). Callers pass the
 * record itself — the entity as read or as the change left it, or a plain object for what has no entity
 * (a sign-in, an import) — and never pick or spread fields by hand:
 *
 * - its own fields, as loaded (a getter such as `stateLabel` is not a field);
 * - never a secret: a key that looks like one (password, token, secret, hash) is dropped at any depth,
 *   whatever the caller passes (a password hash, a session's or API token's hash);
 * - never a column the database derives from others (`searchText`, the folded copy of a name);
 * - dates as ISO strings, bigints as strings (JSON has neither);
 * - a related record loaded with it (a ManyToOne relation) is dropped: it is another record, with its own
 *   audit rows; a list (the budget lines removed with an activity) is kept, each item as a record;
 * - bytes (a Buffer, an uploaded file's content) are dropped: the log records what changed, not content.
 */
export function auditPayload(record: object | null | undefined): Record<string, unknown> | null {
  return record == null ? null : fieldsOf(record);
}

const SECRET_KEY = /password|token|secret|hash/i;
const DERIVED_KEYS: ReadonlySet<string> = new Set(["searchText"]);

function fieldsOf(record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (SECRET_KEY.test(key) || DERIVED_KEYS.has(key)) continue;
    const field = auditValue(value, false);
    if (field !== undefined) fields[key] = field;
  }
  return fields;
}

function auditValue(value: unknown, inList: boolean): unknown {
  switch (typeof value) {
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "bigint":
      return value.toString();
    case "object":
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return undefined;
  if (Array.isArray(value)) return value.map((item) => auditValue(item, true) ?? null);
  if (isPlainObject(value) || inList) return fieldsOf(value);
  return undefined;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
