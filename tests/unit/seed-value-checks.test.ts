import { describe, expect, it } from "vitest";
import { isPartialIsoDate } from "../../domain/model";
import { isAtMostOneSentence } from "../../graph-seed/value-checks";
import { closestKey } from "../../graph-seed/entry-helpers";

describe("seed value checks", () => {
  it.each(["2000", "2000-11", "2025-01-07", "2024-02-29"])("accepts the ISO date %s", (date) => {
    expect(isPartialIsoDate(date)).toBe(true);
  });

  it.each(["2000-13", "2023-02-29", "07/01/2025", "May 2016", "2000-1"])("rejects %s", (date) => {
    expect(isPartialIsoDate(date)).toBe(false);
  });

  it("counts sentences without tripping on abbreviations", () => {
    expect(isAtMostOneSentence("Aisino Corp. could produce almost any kind of card")).toBe(true);
    expect(
      isAtMostOneSentence("Aisino Co., Ltd and China Aerospace Science & Industry Corp., it says."),
    ).toBe(true);
    expect(isAtMostOneSentence("It said so. Then it said more.")).toBe(false);
    expect(isAtMostOneSentence("航天信息。其他")).toBe(false);
  });

  it("suggests the closest allowed key for a typo", () => {
    expect(closestKey("shareExcat", ["shareExact", "shareMin"])).toBe("shareExact");
    expect(closestKey("completelyDifferent", ["shareExact"])).toBeNull();
  });
});
