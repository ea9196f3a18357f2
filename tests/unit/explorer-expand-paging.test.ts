import { describe, expect, it } from "vitest";
import {
  EXPAND_PAGE_SIZE,
  hasMorePages,
  nextPage,
  remainingCount,
  remainingText,
} from "../../app/explorer/expand/expand-paging";
import type { Expansion } from "../../app/explorer/state/view-state";

const expansion = (loaded: number, total: number, types: string[] = []): Expansion => ({
  added: [],
  types,
  loaded,
  total,
});

describe("paged expansion", () => {
  it("starts at the first page", () => {
    expect(nextPage(undefined, [])).toEqual({ types: [], skip: 0, limit: EXPAND_PAGE_SIZE });
  });

  it("continues after what is loaded under the same filter", () => {
    expect(nextPage(expansion(50, 1200, ["OWNS"]), ["OWNS"]).skip).toBe(50);
  });

  it("starts afresh when the type filter changes", () => {
    expect(nextPage(expansion(50, 1200, ["OWNS"]), ["OWNS", "CONTROLS"]).skip).toBe(0);
    expect(nextPage(expansion(50, 1200, ["OWNS"]), []).skip).toBe(0);
  });

  it("counts honestly what is left", () => {
    expect(remainingCount(expansion(50, 1200))).toBe(1150);
    expect(remainingText(expansion(50, 1200))).toBe("1,150 more of 1,200 relationships");
    expect(hasMorePages(expansion(50, 1200))).toBe(true);
    expect(remainingText(expansion(8, 8))).toBe("all 8 relationships shown");
    expect(remainingText(expansion(1, 1))).toBe("its 1 relationship is shown");
    expect(hasMorePages(expansion(8, 8))).toBe(false);
    expect(remainingText(undefined)).toBeNull();
  });
});
