// The Finnish state-owned-enterprise example of BODS 0.4 (see tests/fixtures/bods/ATTRIBUTION.md):
// the state controls the finance ministry; the ministry owns Suomen Kaasuverkko 100 % and
// Gasgrid Finland 23.5 % directly; Kaasuverkko owns Gasgrid 76.5 %. A fifth, summary
// relationship says the state holds Gasgrid 100 % indirectly and lists the others as its
// componentRecords. It must not be counted on top of them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { rowsToWireGraph } from "../../domain/ingest";
import {
  computeHoldingsDown,
  computeUltimateOwners,
  ownershipEdgesFromWireGraph,
  type ChainEdge,
  type ShareInterval,
} from "../../domain/ownership";
import { formatShare } from "../../domain/model";
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
const edges = ownershipEdgesFromWireGraph(rowsToWireGraph(rows));
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

  it("gives the state 100% of Gasgrid through the ministry it controls, not 200%", () => {
    const result = computeUltimateOwners(edges, gasgrid);
    expect(result.owners.map((owner) => owner.key)).toEqual([state]);
    const owner = result.owners[0];
    expectShare(owner?.effectiveShare ?? null, 1);
    expect(owner?.effectiveShare && formatShare(owner.effectiveShare)).toBe("100%");
    expect(owner?.reach).toBe("mixed");
    expect(owner?.heldThroughControl).toBe(true);
    expect(owner?.paths.map((path) => [path.nodeKeys.length, path.share?.min])).toEqual([
      [4, 0.765],
      [3, 0.235],
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
    expect(owner?.effectiveShare?.exceedsHundred).toBe(true);
  });

  it("uses the summary when the component links are not at hand", () => {
    const summaryOnly = edges.filter((edge) => edge.key === summaryKey);
    const result = computeUltimateOwners(summaryOnly, gasgrid);
    expect(result.owners.map((owner) => [owner.key, owner.reach])).toEqual([[state, "ownership"]]);
    expectShare(result.owners[0]?.effectiveShare ?? null, 1);
    expect(result.summaryEdges[0]?.usedInArithmetic).toBe(true);
  });

  it("gives the ministry 100% of Gasgrid over the diamond, looking down", () => {
    const result = computeHoldingsDown(edges, ministry);
    expect(result.holdings.map((holding) => holding.key)).toEqual([kaasuverkko, gasgrid]);
    expectShare(result.holdings[0]?.effectiveShare ?? null, 1);
    expectShare(result.holdings[1]?.effectiveShare ?? null, 1);
    expect(result.holdings[1]?.ownershipOnlyShare?.min).toBeCloseTo(1, 12);
  });

  it("shows the state controlling the ministry, and holding the companies through it", () => {
    const result = computeHoldingsDown(edges, state);
    const byKey = new Map(result.holdings.map((holding) => [holding.key, holding]));
    expect(byKey.get(ministry)).toMatchObject({ reach: "control", effectiveShare: null, depth: 1 });
    expectShare(byKey.get(gasgrid)?.effectiveShare ?? null, 1);
    expectShare(byKey.get(kaasuverkko)?.effectiveShare ?? null, 1);
    expect(byKey.get(gasgrid)?.depth).toBe(2);
    expect(result.summaryEdges.map((use) => use.usedInArithmetic)).toEqual([false]);
  });
});
