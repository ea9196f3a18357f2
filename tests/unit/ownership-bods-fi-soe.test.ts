// The Finnish state-owned-enterprise example of BODS 0.4 (see tests/fixtures/bods/SOURCE.md):
// the state controls the finance ministry; the ministry owns Suomen Kaasuverkko 100 % and
// Gasgrid Finland 23.5 % directly; Kaasuverkko owns Gasgrid 76.5 %. A fifth, summary
// relationship says the state holds Gasgrid 100 % indirectly and lists the others as its
// componentRecords. It must not be counted on top of them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import type { Properties, SerializedEdge, WireGraph } from "../../domain/graph/graph-wire-types";
import {
  computeHoldingsDown,
  computeUltimateOwners,
  ownershipEdgesFromWireGraph,
  type ChainEdge,
  type ShareInterval,
} from "../../domain/ownership";
import { formatShare } from "../../domain/model";

const fixtureText = readFileSync(
  new URL("../fixtures/bods/bods-package-fi-soe.json", import.meta.url),
  "utf8",
);

// --- A small test-only converter from BODS 0.4 records to the wire graph. ---

interface BodsInterest {
  type: string;
  directOrIndirect?: string;
  share?: { exact?: number; minimum?: number; maximum?: number };
}

interface BodsRecord {
  statementId: string;
  recordId: string;
  recordType: "entity" | "person" | "relationship";
  recordDetails: {
    name?: string;
    entityType?: { type: string };
    isComponent?: boolean;
    subject?: string;
    interestedParty?: string | { reason: string };
    interests?: BodsInterest[];
    componentRecords?: string[];
  };
}

const nodeKey = (recordId: string): string => `4:bods:${recordId}`;

function labelsOf(record: BodsRecord): string[] {
  if (record.recordType === "person") return ["Entity", "Person"];
  const type = record.recordDetails.entityType?.type;
  return ["Entity", type === "state" || type === "stateBody" ? "PublicBody" : "Company"];
}

function edgesOf(record: BodsRecord): SerializedEdge[] {
  const { subject, interestedParty, interests = [], componentRecords = [] } = record.recordDetails;
  if (typeof subject !== "string" || typeof interestedParty !== "string") return [];
  return interests.map((interest, i) => {
    const isShareholding = interest.type === "shareholding";
    const properties: Properties = {
      id: record.recordId,
      directOrIndirect: interest.directOrIndirect ?? "unknown",
      componentIds: componentRecords,
      firmness: "stated",
      sourceIds: [record.statementId],
      quotes: [],
    };
    if (isShareholding) {
      properties["shareExact"] = interest.share?.exact ?? null;
      properties["shareMin"] = interest.share?.minimum ?? null;
      properties["shareMax"] = interest.share?.maximum ?? null;
    } else {
      properties["controlType"] = interest.type;
    }
    return {
      key: `5:bods:${record.recordId}:${String(i)}`,
      source: nodeKey(interestedParty),
      target: nodeKey(subject),
      attributes: { type: isShareholding ? "OWNS" : "CONTROLS", properties },
    };
  });
}

function wireGraphFromBods(records: readonly BodsRecord[]): WireGraph {
  return {
    nodes: records
      .filter((record) => record.recordType !== "relationship")
      .map((record) => ({
        key: nodeKey(record.recordId),
        attributes: {
          labels: labelsOf(record),
          properties: {
            id: record.recordId,
            caption: record.recordDetails.name ?? record.recordId,
          },
        },
      })),
    edges: records.flatMap(edgesOf),
  };
}

// --- The fixture, as the explorer would see it. ---

const records = JSON.parse(fixtureText) as BodsRecord[];
const edges = ownershipEdgesFromWireGraph(wireGraphFromBods(records));
const state = nodeKey("05ce06ec97b1");
const ministry = nodeKey("7ff95ba3682c");
const kaasuverkko = nodeKey("0199c515a699");
const gasgrid = nodeKey("19f1c5afe9d7");
const summaryKey = "5:bods:e8ddaee2a7a4:0";

function expectShare(share: ShareInterval | null, fraction: number): void {
  expect(share).not.toBeNull();
  expect(share?.min).toBeCloseTo(fraction, 12);
  expect(share?.max).toBeCloseTo(fraction, 12);
  expect(share?.exceedsHundred).toBe(false);
}

describe("BODS fi-soe fixture", () => {
  it("is the byte-for-byte copy named in SOURCE.md", () => {
    const sha256 = createHash("sha256").update(fixtureText).digest("hex");
    const source = readFileSync(new URL("../fixtures/bods/SOURCE.md", import.meta.url), "utf8");
    expect(source).toContain(sha256);
    expect(source).toContain("d97e79829b3bbdc759bc35c814b002c65ff75e95");
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
        "5:bods:10643ee6d6fa:0",
        "5:bods:324d0f570675:0",
        "5:bods:87ed6d1daf8f:0",
        "5:bods:e34164e75ac3:0",
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
