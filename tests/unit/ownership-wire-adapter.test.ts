import { describe, it, expect } from "vitest";
import type { SerializedEdge, WireGraph } from "../../domain/wire/graph-wire-types";
import {
  OwnershipInputError,
  computeUltimateOwners,
  ownershipEdgesFromWireGraph,
} from "../../domain/ownership";

function edge(
  key: string,
  source: string,
  target: string,
  type: string,
  properties: SerializedEdge["attributes"]["properties"],
): SerializedEdge {
  return { key, source, target, attributes: { type, properties } };
}

function graphOf(...edges: SerializedEdge[]): WireGraph {
  const keys = new Set(edges.flatMap((e) => [e.source, e.target]));
  return {
    nodes: [...keys].map((key) => ({
      key,
      attributes: { labels: ["Entity", "Company"], properties: { id: `id-${key}`, caption: key } },
    })),
    edges,
  };
}

describe("ownershipEdgesFromWireGraph", () => {
  it("counts the interests one party states in another once: the shareholding, not its voting rights beside it", () => {
    // BODS's tecido.json: Shear Trust holds 80 % of the shares and 80 % of the votes of Tecido.
    const graph = graphOf(
      edge("5:e:1", "4:n:trust", "4:n:tecido", "OWNS", {
        shareExact: 80,
        interestType: "votingRights",
        directOrIndirect: "direct",
      }),
      edge("5:e:2", "4:n:trust", "4:n:tecido", "OWNS", {
        shareExact: 80,
        interestType: "shareholding",
        directOrIndirect: "direct",
      }),
      edge("5:e:3", "4:n:maria", "4:n:tecido", "OWNS", {
        shareExact: 20,
        interestType: "votingRights",
        directOrIndirect: "direct",
      }),
    );
    expect(ownershipEdgesFromWireGraph(graph).map((e) => e.key)).toEqual(["5:e:2", "5:e:3"]);
    const result = computeUltimateOwners(ownershipEdgesFromWireGraph(graph), "4:n:tecido");
    expect(result.owners.map((owner) => [owner.key, owner.economicShare?.min])).toEqual([
      ["4:n:trust", 0.8],
      ["4:n:maria", 0.2],
    ]);
  });

  it("turns OWNS into ownership links and CONTROLS/SUPPLIES/PERFORMED_AT into control links", () => {
    const graph = graphOf(
      edge("5:e:1", "4:n:a", "4:n:b", "OWNS", {
        id: "rel-1",
        shareExact: 50,
        directOrIndirect: "direct",
        firmness: "documented",
        sourceIds: ["src-1"],
        quotes: ["holds 50%"],
      }),
      edge("5:e:2", "4:n:c", "4:n:b", "OWNS", { id: "rel-2", shareMin: 75, shareMax: 100 }),
      edge("5:e:3", "4:n:d", "4:n:b", "OWNS", { id: "rel-3", shareExact: null }),
      edge("5:e:4", "4:n:e", "4:n:b", "OWNS", { shareExact: { $type: "Integer", value: "40" } }),
      edge("5:e:5", "4:n:f", "4:n:a", "CONTROLS", { id: "rel-5", controlType: "boardMember" }),
      edge("5:e:6", "4:n:g", "4:n:k", "SUPPLIES", { id: "rel-6" }),
      edge("5:e:7", "4:n:k", "4:n:p", "PERFORMED_AT", { id: "rel-7" }),
      edge("5:e:8", "4:n:a", "4:n:s", "CITED_IN", { id: "rel-8" }),
      edge("5:e:9", "4:n:h", "4:n:b", "OWNS", { shareMin: 25 }),
    );
    const edges = ownershipEdgesFromWireGraph(graph);
    expect(edges.map((e) => [e.key, e.kind, e.from, e.to])).toEqual([
      ["5:e:1", "ownership", "4:n:a", "4:n:b"],
      ["5:e:2", "ownership", "4:n:c", "4:n:b"],
      ["5:e:3", "ownership", "4:n:d", "4:n:b"],
      ["5:e:4", "ownership", "4:n:e", "4:n:b"],
      ["5:e:5", "control", "4:n:f", "4:n:a"],
      ["5:e:6", "control", "4:n:g", "4:n:k"],
      ["5:e:7", "control", "4:n:k", "4:n:p"],
      ["5:e:9", "ownership", "4:n:h", "4:n:b"],
    ]);
    expect(edges[0]).toMatchObject({ id: "rel-1", directOrIndirect: "direct", componentIds: [] });
    expect(edges.flatMap((e) => (e.kind === "ownership" ? [e.share] : []))).toEqual([
      { kind: "exact", percent: 50 },
      { kind: "range", minPercent: 75, maxPercent: 100 },
      { kind: "unknown" },
      { kind: "exact", percent: 40 },
      { kind: "range", minPercent: 25, maxPercent: 100 },
    ]);
    expect(edges[4]).toMatchObject({ controlType: "boardMember", directOrIndirect: "unknown" });
    expect(edges[3]?.id).toBeNull();
  });

  it("matches componentIds against relationship ids, not element ids", () => {
    const graph = graphOf(
      edge("5:e:1", "P", "M", "OWNS", { id: "rel-1", shareExact: 100, directOrIndirect: "direct" }),
      edge("5:e:2", "M", "T", "OWNS", { id: "rel-2", shareExact: 60, directOrIndirect: "direct" }),
      edge("5:e:3", "P", "T", "OWNS", {
        id: "rel-3",
        shareExact: 60,
        directOrIndirect: "indirect",
        componentIds: ["rel-1", "rel-2"],
      }),
    );
    const result = computeUltimateOwners(ownershipEdgesFromWireGraph(graph), "T");
    expect(result.owners.map((owner) => [owner.key, owner.stakeUnderControl?.min])).toEqual([
      ["P", 0.6],
    ]);
    expect(result.summaryEdges[0]).toMatchObject({
      usedInArithmetic: false,
      componentEdgeKeys: ["5:e:1", "5:e:2"],
    });
  });

  it("rejects bad shares with a message naming the relationship", () => {
    const minAboveMax = graphOf(
      edge("5:e:1", "A", "B", "OWNS", { id: "r1", shareMin: 80, shareMax: 60 }),
    );
    expect(() => ownershipEdgesFromWireGraph(minAboveMax)).toThrow(OwnershipInputError);
    expect(() => ownershipEdgesFromWireGraph(minAboveMax)).toThrow(
      /Relationship OWNS "r1" \(key 5:e:1\).*minimum above its maximum/,
    );
    const outOfRange = graphOf(edge("5:e:2", "A", "B", "OWNS", { shareExact: 250 }));
    expect(() => ownershipEdgesFromWireGraph(outOfRange)).toThrow(/from 0 to 100/);
    const text = graphOf(edge("5:e:3", "A", "B", "OWNS", { shareExact: "fifty" }));
    expect(() => ownershipEdgesFromWireGraph(text)).toThrow(/shareExact = "fifty"/);
    const outside = graphOf(edge("5:e:4", "A", "B", "OWNS", { shareExact: 90, shareMax: 50 }));
    expect(() => ownershipEdgesFromWireGraph(outside)).toThrow(/outside shareMin–shareMax/);
    const direction = graphOf(edge("5:e:5", "A", "B", "OWNS", { directOrIndirect: "sometimes" }));
    expect(() => ownershipEdgesFromWireGraph(direction)).toThrow(OwnershipInputError);
  });
});
