/**
 * Paged expansion: an entity with few relationships opens at once; past the threshold its
 * neighbours come one page at a time, with an honest count of what is left.
 */
import type { Expansion } from "../state/view-state";

/** Relationships per page; an entity with at most this many opens in one go. */
export const EXPAND_PAGE_SIZE = 50;

export interface PageRequest {
  types: string[];
  skip: number;
  limit: number;
}

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((type) => b.includes(type));
}

/** The next page to ask for: after what is loaded, or from the start for a new type filter. */
export function nextPage(
  expansion: Expansion | undefined,
  types: readonly string[],
  pageSize = EXPAND_PAGE_SIZE,
): PageRequest {
  const skip = expansion && sameTypes(expansion.types, types) ? expansion.loaded : 0;
  return { types: [...types], skip, limit: pageSize };
}

/** Relationships not loaded yet under the expansion's filter. */
export function remainingCount(expansion: Expansion | undefined): number {
  return expansion ? Math.max(0, expansion.total - expansion.loaded) : 0;
}

/** "12 more of 1,200" / "all 8 shown" / null before any expansion. */
export function remainingText(expansion: Expansion | undefined): string | null {
  if (!expansion) return null;
  const remaining = remainingCount(expansion);
  const total = expansion.total.toLocaleString("en");
  if (remaining === 0)
    return expansion.total === 1
      ? "its 1 relationship is shown"
      : `all ${total} relationships shown`;
  return `${remaining.toLocaleString("en")} more of ${total} relationships`;
}

/** True when an expansion is not finished: more pages wait under the same filter. */
export function hasMorePages(expansion: Expansion | undefined): boolean {
  return remainingCount(expansion) > 0;
}
