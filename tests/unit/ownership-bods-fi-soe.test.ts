// The Finnish state-owned-enterprise example of BODS 0.4 (see tests/fixtures/bods/ATTRIBUTION.md):
// the state controls the finance ministry; the ministry owns Suomen Kaasuverkko 100 % and
// Gasgrid Finland 23.5 % directly; Kaasuverkko owns Gasgrid 76.5 %. A fifth, summary
// relationship says the state holds Gasgrid 100 % indirectly and lists the others as its
// componentRecords. It must not be counted on top of them. Ownership and control stay apart:
// the ministry owns Gasgrid (economic share 100 %); the state holds no share of its own, only
// the ministry's stake, under its control (stake under control 100 %, economic share none).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { rowsToWireGraph } from "../../domain/ingest";
import {
  computeHoldingsDown,
  computeUltimateOwners,
  ownershipEdgesFromWireGraph,
  summariseChain,
  type ChainEdge,
  type ShareInterval,
} from "../../domain/ownership";
import { formatShare, shareFigureLine } from "../../domain/model";
import { bodsFormat } from "../../server/ingest/formats/bods-format";
import { collectFormatRows, textFile } from "../support/collect-format-rows";

const fixtureText = readFileSync(
  new URL("../fixtures/bods/0.4/bods-package-fi-soe.json", import.meta.url),
  "utf8",
);

// --- The fixture, as the explorer would see it. ---

// Read through the BODS import format, as an import would, keyed by dataset-scoped record id.
const { rows, report } = await collectFormatRows(
  bodsFormat,
  [textFile("bods-package-fi-soe.json", fixtureText)],
  "fi",
);
const wireGraph = rowsToWireGraph(rows);
const edges = ownershipEdgesFromWireGraph(wireGraph);
const state = "fi:05ce06ec97b1";
const ministry = "fi:7ff95ba3682c";
const kaasuverkko = "fi:0199c515a699";
const gasgrid = "fi:19f1c5afe9d7";
const summaryKey = "fi:e8ddaee2a7a4";

function expectShare(share: ShareInterval | null, fraction: number): void {
  expect(share).not.toBeNull();
  expect(share?.min).toBeCloseTo(fraction, 12);
  expect(share?.max).toBeCloseTo(fraction, 12);
  expect(share?.exceedsHundred).toBe(false);
}

describe("BODS fi-soe fixture", () => {
  it("is the byte-for-byte copy named in ATTRIBUTION.md", () => {
    const sha256 = createHash("sha256").update(fixtureText).digest("hex");
    const source = readFileSync(
      new URL("../fixtures/bods/ATTRIBUTION.md", import.meta.url),
      "utf8",
    );
    expect(source).toContain(sha256);
    expect(source).toContain("d97e79829b3bbdc759bc35c814b002c65ff75e95");
  });

  it("maps to the model: the state a public body, the ministry too, the companies companies", () => {
    expect(report.errorCount).toBe(0);
    expect(report.warnings).toEqual([]);
    const types = new Map(rows.entities.map((row) => [row.id, row.type]));
    expect(types.get(state)).toBe("PublicBody");
    expect(types.get(ministry)).toBe("PublicBody");
    expect(types.get(gasgrid)).toBe("Company");
    expect(rows.relationships.map((row) => row.type)).toEqual([
      "OWNS",
      "OWNS",
      "OWNS",
      "CONTROLS",
      "OWNS",
    ]);
    const control = rows.relationships.find((row) => row.type === "CONTROLS");
    expect(control?.properties["controlType"]).toBe("otherInfluenceOrControl");
    // Every claim cites its statement.
    for (const row of rows.relationships) {
      expect(row.properties["sourceIds"]).toEqual([expect.stringMatching(/^fi:statement:/)]);
    }
  });

  it("converts into four ownership links, one control link and the summary link", () => {
    expect(edges.map((edge) => [edge.kind, edge.directOrIndirect])).toEqual([
      ["ownership", "direct"],
      ["ownership", "direct"],
      ["ownership", "direct"],
      ["control", "direct"],
      ["ownership", "indirect"],
    ]);
  });

  it("gives the state 100% of Gasgrid under control through the ministry, not 200%", () => {
    const result = computeUltimateOwners(edges, gasgrid);
    expect(result.owners.map((owner) => owner.key)).toEqual([state]);
    const owner = result.owners[0];
    expectShare(owner?.stakeUnderControl ?? null, 1);
    expect(owner?.stakeUnderControl && formatShare(owner.stakeUnderControl)).toBe("100%");
    // No chain of ownership links runs from the state: no economic share, by either method.
    expect(owner?.economicShare).toBeNull();
    expect(owner?.integratedShare).toBeNull();
    expect(owner?.reach).toBe("mixed");
    expect(owner?.heldThroughControl).toBe(true);
    expect(owner?.controlsTarget).toBe(true);
    // Each path's stake, held by the entity at the end of the control route.
    expect(owner?.paths.map((path) => [path.holderKey, path.heldStake?.min])).toEqual([
      [kaasuverkko, 0.765],
      [ministry, 0.235],
    ]);
    expect(result.summaryEdges).toHaveLength(1);
    expect(result.summaryEdges[0]).toMatchObject({
      usedInArithmetic: false,
      reason: "componentPathPresent",
      componentEdgeKeys: [
        "fi:10643ee6d6fa",
        "fi:324d0f570675",
        "fi:87ed6d1daf8f",
        "fi:e34164e75ac3",
      ],
    });
    expect(result.summaryEdges[0]?.edge.key).toBe(summaryKey);
    expect(result.crossHoldings).toEqual([]);
    expect(result.truncated).toBe(false);
  });

  it("would exceed 100% if the summary were counted next to its components", () => {
    const naive: ChainEdge[] = edges.map((edge) =>
      edge.key === summaryKey ? { ...edge, directOrIndirect: "direct", componentIds: [] } : edge,
    );
    const owner = computeUltimateOwners(naive, gasgrid).owners[0];
    expect(owner?.stakeUnderControl?.exceedsHundred).toBe(true);
  });

  it("uses the summary when the component links are not at hand", () => {
    const summaryOnly = edges.filter((edge) => edge.key === summaryKey);
    const result = computeUltimateOwners(summaryOnly, gasgrid);
    expect(result.owners.map((owner) => [owner.key, owner.reach])).toEqual([[state, "ownership"]]);
    expectShare(result.owners[0]?.economicShare ?? null, 1);
    expectShare(result.owners[0]?.stakeUnderControl ?? null, 1);
    expect(result.summaryEdges[0]?.usedInArithmetic).toBe(true);
  });

  it("gives the ministry 100% of Gasgrid over the diamond, looking down: 23.5% + 100% × 76.5%", () => {
    const result = computeHoldingsDown(edges, ministry);
    expect(result.holdings.map((holding) => holding.key)).toEqual([kaasuverkko, gasgrid]);
    for (const holding of result.holdings) {
      expectShare(holding.economicShare, 1);
      expectShare(holding.integratedShare, 1);
      expectShare(holding.stakeUnderControl, 1);
    }
  });

  it("gives the ministry 100% of Gasgrid looking up from Gasgrid below the state", () => {
    const withoutState = edges.filter((edge) => edge.from !== state);
    const result = computeUltimateOwners(withoutState, gasgrid);
    expect(result.owners.map((owner) => owner.key)).toEqual([ministry]);
    expectShare(result.owners[0]?.economicShare ?? null, 1);
    expectShare(result.owners[0]?.integratedShare ?? null, 1);
    expectShare(result.owners[0]?.stakeUnderControl ?? null, 1);
  });

  it("shows the state controlling the ministry, and holding the companies through it", () => {
    const result = computeHoldingsDown(edges, state);
    const byKey = new Map(result.holdings.map((holding) => [holding.key, holding]));
    expect(byKey.get(ministry)).toMatchObject({
      reach: "control",
      economicShare: null,
      stakeUnderControl: null,
      controlsTarget: true,
      depth: 1,
    });
    expectShare(byKey.get(gasgrid)?.stakeUnderControl ?? null, 1);
    expectShare(byKey.get(kaasuverkko)?.stakeUnderControl ?? null, 1);
    expect(byKey.get(gasgrid)?.economicShare).toBeNull();
    expect(byKey.get(gasgrid)?.depth).toBe(2);
    expect(result.summaryEdges.map((use) => use.usedInArithmetic)).toEqual([false]);
  });

  it("words both figures, named with their methods, as the panel and the report show them", () => {
    const up = summariseChain(wireGraph, gasgrid, "up");
    expect(up.ends.map((end) => [end.key, end.figures.map(shareFigureLine)])).toEqual([
      [
        state,
        [
          "Economic share (counted once along simple paths): none (no chain of ownership links)",
          "Stake under control (held by it and the entities it controls): 100%",
        ],
      ],
    ]);
    expect(up.summaryEdges).toEqual([
      {
        edgeKey: summaryKey,
        usedInArithmetic: false,
        componentEdgeKeys: [
          "fi:10643ee6d6fa",
          "fi:324d0f570675",
          "fi:87ed6d1daf8f",
          "fi:e34164e75ac3",
        ],
      },
    ]);
    const down = summariseChain(wireGraph, ministry, "down");
    const gasgridEnd = down.ends.find((end) => end.key === gasgrid);
    expect(gasgridEnd?.figures.map(shareFigureLine)).toEqual([
      "Economic share (counted once along simple paths): 100%",
      "Stake under control (held by it and the entities it controls): 100%",
    ]);
  });
});
