import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  "Bạn cần đổi mật khẩu (do quản trị viên đặt hoặc hệ thống tạo) trước khi tiếp tục.";

/** What a user who must change their password may still do: see who they are, change it, or leave. */
const ALLOWED_ROOT_FIELDS = new Set(["me", "changePassword", "logout", "__typename"]);

/**
 * Refuses every operation of a user who must change their password (set by an administrator, or generated
 * for the first administrator) unless it asks only for `me`, `changePassword` and `logout`, before any
 * resolver runs. On the operation, not on each field, so that a field added later is refused without
 * anyone remembering to. Fragments spread at the root are followed; introspection alone is allowed too
 * (it reads no data and GraphiQL needs it).
 */
export const passwordChangeGuard: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!contextValue.user?.mustChangePassword || !operation) return;
        const fragments = new Map(
          document.definitions.flatMap((definition) =>
            definition.kind === Kind.FRAGMENT_DEFINITION
              ? [[definition.name.value, definition] as const]
              : [],
          ),
        );
        const fields = rootFields(operation.selectionSet, fragments);
        const allowed =
          fields.every((name) => ALLOWED_ROOT_FIELDS.has(name)) ||
          (operation.operation === "query" && fields.every((name) => name.startsWith("__")));
        if (!allowed) throw passwordChangeRequired();
      },
    };
  },
};

type SelectionSet = OperationDefinitionNode["selectionSet"];
type Fragments = Map<string, { selectionSet: SelectionSet }>;

function rootFields(selectionSet: SelectionSet, fragments: Fragments, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

function passwordChangeRequired(): GraphQLError {
  return new GraphQLError(PASSWORD_CHANGE_REQUIRED_MESSAGE, {
    originalError: new AppError("PASSWORD_CHANGE_REQUIRED", PASSWORD_CHANGE_REQUIRED_MESSAGE),
    extensions: { code: "PASSWORD_CHANGE_REQUIRED", http: { status: 403 } },
  });
}

/**
 * The same rule for the plain HTTP routes (documents, reports, the settlement dossier): wraps the function
 * that builds their ctx, so that every route, present and future, gets it.
 */
export function refusingPendingPasswordChange(
  context: (req: IncomingMessage) => Promise<Ctx>,
): (req: IncomingMessage) => Promise<Ctx> {
  return async (req) => {
    const ctx = await context(req);
    if (ctx.user?.mustChangePassword) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED", PASSWORD_CHANGE_REQUIRED_MESSAGE);
    }
    return ctx;
  };
}
