import { describe, expect, it } from "vitest";
import { compareKeys, comparePathsByLength, rankChains } from "../../domain/ownership";
import { FULL_SHARE, UNKNOWN_SHARE } from "../../domain/ownership/share";

const path = (...nodeKeys: string[]) => ({ nodeKeys, edges: nodeKeys.slice(1) });

describe("ranking chains and paths", () => {
  it("orders keys by code unit, not by locale", () => {
    expect(["b", "a", "B", "4:x:10", "4:x:9"].sort(compareKeys)).toEqual([
      "4:x:10",
      "4:x:9",
      "B",
      "a",
      "b",
    ]);
    expect(compareKeys("same", "same")).toBe(0);
  });

  it("sums paths shortest first, then key by key", () => {
    const paths = [path("b", "x", "root"), path("a", "root"), path("a", "y", "root")];
    paths.push(path("a", "x", "root"));
    expect(
      [...paths].sort(comparePathsByLength).map((candidate) => candidate.nodeKeys.join(">")),
    ).toEqual(["a>root", "a>x>root", "a>y>root", "b>x>root"]);
  });

  it("ranks by share, then shortest chain, then key, with control only last", () => {
    const chain = (key: string, share: typeof FULL_SHARE | null, ...lengths: number[]) => ({
      key,
      stakeUnderControl: share,
      economicShare: share,
      paths: lengths.map((length) => ({ edges: new Array<unknown>(length) })),
    });
    const ranked = rankChains([
      chain("control", null, 1),
      chain("far", FULL_SHARE, 3),
      chain("near-b", FULL_SHARE, 1, 4),
      chain("near-a", FULL_SHARE, 2, 1),
      chain("unknown", UNKNOWN_SHARE, 1),
    ]);
    expect(ranked.map((entry) => entry.key)).toEqual([
      "near-a",
      "near-b",
      "far",
      "unknown",
      "control",
    ]);
  });

  it("breaks a tie on the stake under control by the economic share", () => {
    const paths = [{ edges: [1] }];
    const ranked = rankChains([
      { key: "controller", stakeUnderControl: FULL_SHARE, economicShare: null, paths },
      { key: "owner", stakeUnderControl: FULL_SHARE, economicShare: FULL_SHARE, paths },
    ]);
    expect(ranked.map((entry) => entry.key)).toEqual(["owner", "controller"]);
  });
});
