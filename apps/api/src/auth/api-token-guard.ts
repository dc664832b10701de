import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

export const API_TOKEN_READ_ONLY_MESSAGE =
  "Mã truy cập API chỉ được dùng để đọc dữ liệu; hãy đăng nhập để thực hiện thay đổi.";

/**
 * Refuses every mutation to a request authenticated with a personal API token, before any resolver runs,
 * whatever the field and its own permission (`login`, which is public, included). It sits on the
 * operation, not on each field, so that a mutation added later is refused without anyone remembering to.
 */
export const apiTokenGuard: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (contextValue.apiTokenId && operation?.operation !== "query") {
          throw new GraphQLError(API_TOKEN_READ_ONLY_MESSAGE, {
            originalError: AppError.forbidden(API_TOKEN_READ_ONLY_MESSAGE),
            extensions: { code: "FORBIDDEN", http: { status: 403 } },
          });
        }
      },
    };
  },
};
