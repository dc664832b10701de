import { Max, Min } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { AppError } from "../errors.js";
import { msg } from "./validation.js";

export const MAX_PAGE_SIZE = 100;

/** `first` / `after` of every paginated list. Cursors are opaque to clients. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return (1–${MAX_PAGE_SIZE}).` })
  @Min(1, msg("Số bản ghi mỗi trang phải từ 1 trở lên"))
  @Max(MAX_PAGE_SIZE, msg(`Mỗi trang có tối đa ${MAX_PAGE_SIZE} bản ghi`))
  first: number;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor: a previous page's endCursor.",
  })
  after?: string | null;
}

@ObjectType({ description: "Where a page ends and whether more follow." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when items follow this page." })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Pass as `after` to get the next page; null on an empty page.",
  })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** `class UserConnection extends Connection(User) {}` with `@ObjectType` gives a paginated list type. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  // Never referenced directly, so never emitted: only the named subclasses are.
  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [nodeType], { description: "The items of this page." })
    nodes: T[];

    @Field(() => Int, { description: "How many items match, over all pages." })
    totalCount: number;

    @Field(() => PageInfo, { description: "Where this page ends." })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/**
 * Runs `query` (which must have a deterministic ORDER BY and no joins) for one page, with the total count,
 * in ONE statement: the count is an uncorrelated scalar subquery on the same FROM and WHERE, which
 * PostgreSQL runs once (an InitPlan) with the plan that suits a count (an index-only or bitmap scan),
 * while the page reads `first` rows in the list order's index. No window function: `count(*) OVER ()`
 * would have to read every matching row before the LIMIT. An empty page past the end (a stale cursor) asks
 * for the count alone.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  options: { matchFirst?: MatchFirst } = {},
): Promise<Page<T>> {
  const offset = decodeCursor(page.after);
  const count = query.clone().select("count(*)").orderBy();
  const pageQuery = options.matchFirst
    ? matchFirst(query, options.matchFirst, offset, page.first)
    : query.clone().addSelect(`(${count.getQuery()})`, PAGE_TOTAL).offset(offset).limit(page.first);
  const { entities: nodes, raw } = await pageQuery.getRawAndEntities<Record<string, unknown>>();
  let totalCount: number;
  if (raw.length > 0) totalCount = Number(raw[0]?.[PAGE_TOTAL]);
  else if (offset === 0) totalCount = 0;
  else {
    const [row] = await count.getRawMany<{ count: string }>();
    totalCount = Number(row?.count ?? 0);
  }
  const end = offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
  };
}

const PAGE_TOTAL = "page_total_count";

/** The list's order as `[property path, direction]`, for {@link matchFirst}; the id last. */
export type MatchFirst = readonly (readonly [string, "ASC" | "DESC"])[];

/**
 * For a search (a trigram match, found through the GIN index, not in the list's order): the matching rows'
 * id and order columns are collected ONCE (a materialised CTE), counted, sorted for the page, and only
 * the page's rows are read in full. Without it the page walks the order's index filtering every row
 * (30,000 rows read for "gom" among 200,000 facilities) or the match is scanned twice (page and count).
 */
function matchFirst<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: MatchFirst,
  offset: number,
  first: number,
): SelectQueryBuilder<T> {
  const alias = query.alias;
  const metadata = query.expressionMap.mainAlias?.metadata;
  const column = (path: string) => {
    const property = path.slice(path.indexOf(".") + 1);
    const name = metadata?.findColumnWithPropertyPath(property)?.databaseName;
    if (!name) throw new Error(`matchFirst: no column for ${path}`);
    return `"${alias}"."${name}"`;
  };
  // Quoted columns, not property paths: TypeORM would add the entity's primary columns to those.
  const matched = query.clone().orderBy().select(`"${alias}"."id"`, "id");
  for (const [i, [path]] of order.entries()) matched.addSelect(column(path), `o${i}`);
  const orderSql = order.map(([, direction], i) => `o${i} ${direction}`).join(", ");
  const pageIds = `SELECT id, ${order.map((_, i) => `o${i}`).join(", ")} FROM matched ORDER BY ${orderSql} LIMIT ${first} OFFSET ${offset}`;
  return query
    .clone()
    .addCommonTableExpression(matched.getQuery(), "matched", { materialized: true })
    .addCommonTableExpression(pageIds, "page_ids")
    .where(`${alias}.id IN (SELECT id FROM page_ids)`)
    .addSelect("(SELECT count(*) FROM matched)", PAGE_TOTAL);
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match?.[1]) throw AppError.badInput("Con trỏ phân trang (after) không hợp lệ", "after");
  return Number(match[1]);
}
