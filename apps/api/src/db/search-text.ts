import { foldVietnamese } from "@khuyencong/domain";

/**
 * The form every `search_text` column holds and every search term is compared in: Vietnamese accents
 * removed (đ → d), lower case, whitespace collapsed, trimmed. The SQL function `kc_fold` (migration
 * ListIndexesAndSearch) computes the same for the columns PostgreSQL fills itself (project.search_text);
 * test/search-folding.test.ts holds them equal.
 */
export function foldForSearch(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * `%term%` for `search_text LIKE :pattern`, the term folded and LIKE's wildcards escaped. pg_trgm's GIN
 * index serves it from 3 characters on; a 1–2 character term scans the rows of the user's scope, which the
 * list's order index bounds for the page (see docs/decisions.md).
 */
export function containsPattern(term: string): string {
  return `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
