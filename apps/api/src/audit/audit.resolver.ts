import { Arg, Args, Ctx as Context, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { PageArgs } from "../graphql/pagination.js";
import { User } from "../users/user.entity.js";
import { AuditEntry } from "./audit-entry.entity.js";
import { AuditEntryConnection, AuditFilter } from "./audit.args.js";
import * as auditService from "./audit.service.js";
import { pageComplexity } from "../graphql/limits.js";
import { Allow } from "../graphql/auth-checker.js";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow("ReadAuditLog")
  @Query(() => AuditEntryConnection, {
    complexity: pageComplexity,
    description: "Recorded changes, newest first. ADMIN and DEPARTMENT only.",
  })
  auditLog(
    @Arg("filter", () => AuditFilter, { nullable: true, description: "Criteria; none returns everything." })
    filter: AuditFilter | undefined,
    @Args() page: PageArgs,
    @Context() ctx: Ctx,
  ): Promise<AuditEntryConnection> {
    return auditService.listAuditEntries(ctx, filter ?? undefined, page);
  }

  /** Through the per-request loader: one query for all the entries of a page. */
  @FieldResolver(() => User, {
    nullable: true,
    description: "Who made the change; null for the system itself.",
  })
  user(@Root() entry: AuditEntry, @Context() ctx: Ctx): Promise<User | null> | null {
    return entry.userId ? ctx.loaders.userById.load(entry.userId) : null;
  }
}
