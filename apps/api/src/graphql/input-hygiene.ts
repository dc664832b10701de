import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLError,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  type ValueNode,
  type VariableDefinitionNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { CalendarDateScalar, calendarDateRefusal } from "./scalars.js";

/**
 * Longest text any argument accepts, in UTF-16 code units. The longest free texts of the schema (a đề án's
 * objective, an appraisal's opinion) stop at 10,000 characters by their own rule; the cap makes that the
 * ceiling for every other string too, so that no field without a rule of its own stores a megabyte.
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Arguments that carry a file rather than text, by schema coordinate, and their own ceiling. The facility
 * import sends an .xlsx in base64 (720 KiB decoded, so under 1 MiB encoded: the GraphQL body's limit).
 */
export const LONG_TEXT_LIMITS: Readonly<Record<string, number>> = {
  "Mutation.importFacilities(fileBase64:)": 1024 * 1024,
};

/** A UTF-16 surrogate not part of a pair: not a character, PostgreSQL cannot store it in UTF-8. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is refused, in Vietnamese; `null` when it is acceptable. `field` is the argument's path. */
export function textRefusal(text: string, field: string, maxLength = MAX_TEXT_LENGTH): string | null {
  if (text.includes("\u0000")) {
    return `Ô “${field}” chứa ký tự NUL (mã 0), thường do dán từ tệp nhị phân; hãy xoá ký tự đó rồi gửi lại.`;
  }
  if (UNPAIRED_SURROGATE.test(text)) {
    return `Ô “${field}” chứa một ký tự Unicode bị cắt dở (nửa cặp UTF-16); hãy gõ lại đoạn chữ đó rồi gửi lại.`;
  }
  if (text.length > maxLength) {
    return `Ô “${field}” có ${text.length.toLocaleString("vi-VN")} ký tự, dài quá mức tối đa ${maxLength.toLocaleString("vi-VN")} ký tự.`;
  }
  return null;
}

/**
 * One mechanism for every string a client sends, before any resolver runs (so nothing is written): NUL
 * characters and unpaired surrogates are refused (PostgreSQL refuses them with an error that used to
 * surface as INTERNAL_SERVER_ERROR), every text has a maximum length, and CalendarDate values sent as
 * variables are refused naming the argument they reach (`input.proposedOn`) rather than the variable.
 *
 * It walks every argument of the operation with its declared type: inline literals, and the variables'
 * values where the document uses them. The answer is BAD_USER_INPUT with `field` set to the path.
 */
export const inputHygiene: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, schema }) {
        const refusal = findInputRefusal(schema, document, request.variables ?? {});
        if (refusal) {
          throw new GraphQLError(refusal.message, {
            originalError: refusal,
            extensions: { code: refusal.code, field: refusal.field, http: { status: 400 } },
          });
        }
      },
    };
  },
};

/** The first refused input of a document with its variables, or null. Exported for the tests. */
export function findInputRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): AppError | null {
  const defaults = new Map<string, VariableDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? [])
      defaults.set(variable.variable.name.value, variable);
  }
  const typeInfo = new TypeInfo(schema);
  let found: AppError | null = null;
  const checker = new Checker(variables, defaults);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        if (found) return false;
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!argument) return false;
        const coordinate = field && parent ? `${parent.name}.${field.name}(${argument.name}:)` : "";
        found = checker.literal(node.value, argument.type, node.name.value, LONG_TEXT_LIMITS[coordinate]);
        return false;
      },
    }),
  );
  return found;
}

class Checker {
  constructor(
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly definitions: ReadonlyMap<string, VariableDefinitionNode>,
  ) {}

  /** A value written in the document, whose leaves may be variables. */
  literal(node: ValueNode, type: GraphQLInputType, path: string, maxLength?: number): AppError | null {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(this.variables, name))
        return this.runtime(this.variables[name], type, path, maxLength);
      const fallback = this.definitions.get(name)?.defaultValue;
      return fallback ? this.literal(fallback, type, path, maxLength) : null;
    }
    if (isNonNullType(type)) return this.literal(node, type.ofType, path, maxLength);
    if (isListType(type)) {
      if (node.kind !== Kind.LIST) return this.literal(node, type.ofType, path, maxLength);
      for (const [index, item] of node.values.entries()) {
        const refusal = this.literal(item, type.ofType, `${path}.${index}`, maxLength);
        if (refusal) return refusal;
      }
      return null;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return null;
      const fields = type.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (!definition) continue;
        const refusal = this.literal(field.value, definition.type, `${path}.${field.name.value}`);
        if (refusal) return refusal;
      }
      return null;
    }
    // Validation has already refused literals of the wrong kind (and CalendarDate literals that are no day).
    if (node.kind === Kind.STRING) return this.text(node.value, type, path, maxLength);
    if (node.kind === Kind.OBJECT || node.kind === Kind.LIST) return this.json(node, path);
    return null;
  }

  /** A variable's value (JSON), walked along the type it is used as. */
  runtime(value: unknown, type: GraphQLInputType, path: string, maxLength?: number): AppError | null {
    if (value === null || value === undefined) return null;
    if (isNonNullType(type)) return this.runtime(value, type.ofType, path, maxLength);
    if (isListType(type)) {
      if (!Array.isArray(value)) return this.runtime(value, type.ofType, path, maxLength);
      for (const [index, item] of value.entries()) {
        const refusal = this.runtime(item, type.ofType, `${path}.${index}`, maxLength);
        if (refusal) return refusal;
      }
      return null;
    }
    if (isInputObjectType(type)) {
      // Not an object, or unknown fields: graphql-js refuses it as BAD_USER_INPUT when it coerces.
      if (typeof value !== "object" || Array.isArray(value)) return null;
      const fields = type.getFields();
      for (const [name, item] of Object.entries(value)) {
        const definition = fields[name];
        if (!definition) continue;
        const refusal = this.runtime(item, definition.type, `${path}.${name}`);
        if (refusal) return refusal;
      }
      return null;
    }
    if (typeof value === "string") return this.text(value, type, path, maxLength);
    if (typeof value === "object") return this.json(value, path);
    return null;
  }

  private text(text: string, type: GraphQLInputType, path: string, maxLength?: number): AppError | null {
    const named = getNamedType(type);
    if (named === CalendarDateScalar) {
      const refusal = calendarDateRefusal(text);
      return refusal === null ? null : AppError.badInput(`${refusal} (ô “${path}”).`, path);
    }
    const refusal = textRefusal(text, path, maxLength);
    return refusal === null ? null : AppError.badInput(refusal, path);
  }

  /** Strings anywhere inside a JSON scalar's value (a variable's JSON or a literal's syntax tree). */
  private json(value: unknown, path: string): AppError | null {
    const stack: unknown[] = [value];
    for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
      const item = stack.pop();
      let text: string | undefined;
      if (typeof item === "string") text = item;
      else if (isValueNode(item)) {
        if (item.kind === Kind.STRING) text = item.value;
        else if (item.kind === Kind.LIST) stack.push(...item.values);
        else if (item.kind === Kind.OBJECT) stack.push(...item.fields.map((field) => field.value));
      } else if (item && typeof item === "object") stack.push(...Object.keys(item), ...Object.values(item));
      const refusal = text === undefined ? null : textRefusal(text, path);
      if (refusal) return AppError.badInput(refusal, path);
    }
    return null;
  }
}

function isValueNode(item: unknown): item is ValueNode {
  return typeof item === "object" && item !== null && "kind" in item && "loc" in item;
}
