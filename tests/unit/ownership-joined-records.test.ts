import { describe, expect, it } from "vitest";
import { foldJoinedRecords, summariseChain } from "../../domain/ownership";
import { collapseJoinedHits } from "../../domain/search/joined-hits";
import type { SerializedEdge, WireGraph } from "../../domain/wire/graph-wire-types";

function node(key: string) {
  return {
    key,
    attributes: { labels: ["Entity", "Company"], properties: { id: key, caption: key } },
  };
}

function edge(
  key: string,
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): SerializedEdge {
  return {
    key,
    source,
    target,
    attributes: { type, properties: { id: key, directOrIndirect: "direct", ...properties } },
  } as SerializedEdge;
}

const owns = (key: string, source: string, target: string, share: number, dataset: string) =>
  edge(key, "OWNS", source, target, { shareExact: share, interestType: "shareholding", dataset });
const sameAs = (key: string, source: string, target: string) =>
  edge(key, "SAME_AS", source, target, { joinedOn: ["LEI:X"], dataset: "b" });

// Dataset a: P owns 60 % of X. Dataset b: its records of X (x') and P (p'); p' owns 60 % of x'
// too (the same claim), and Q owns 40 % of x' (only b says so).
const graph: WireGraph = {
  nodes: ["a:p", "a:x", "b:p", "b:x", "b:q"].map(node),
  edges: [
    owns("a-owns", "a:p", "a:x", 60, "a"),
    owns("b-owns", "b:p", "b:x", 60, "b"),
    owns("b-q-owns", "b:q", "b:x", 40, "b"),
    sameAs("join-x", "a:x", "b:x"),
    sameAs("join-p", "a:p", "b:p"),
  ],
};

describe("joined records in the chain arithmetic", () => {
  it("folds each group into one key (the root's own where it is a member) and drops identity links", () => {
    const folded = foldJoinedRecords(graph, "b:x");
    expect(folded.groups).toEqual([
      { key: "b:x", memberKeys: ["b:x", "a:x"] },
      { key: "a:p", memberKeys: ["a:p", "b:p"] },
    ]);
    expect(folded.graph.nodes.map((member) => member.key).sort()).toEqual(["a:p", "b:q", "b:x"]);
    expect(folded.graph.edges.map((link) => [link.key, link.source, link.target])).toEqual([
      ["a-owns", "a:p", "b:x"],
      ["b-q-owns", "b:q", "b:x"],
    ]);
    expect(folded.setAsideEdgeKeys).toEqual(["b-owns"]);
  });

  it("counts an owner reached through either dataset once, with no step for the join", () => {
    const chain = summariseChain(graph, "a:x", "up");
    expect(chain.problem).toBeNull();
    expect(chain.ends.map((end) => [end.key, end.economicShare])).toEqual([
      ["a:p", "60%"],
      ["b:q", "40%"],
    ]);
    expect(chain.ends[0]?.paths[0]?.nodeKeys).toEqual(["a:p", "a:x"]);
    expect(chain.sameClaimEdgeKeys).toEqual(["b-owns"]);
  });

  it("leaves a graph without joins as it is", () => {
    const plain: WireGraph = { nodes: graph.nodes, edges: graph.edges.slice(0, 3) };
    expect(foldJoinedRecords(plain, "a:x")).toEqual({
      graph: plain,
      groups: [],
      setAsideEdgeKeys: [],
    });
  });
});

describe("joined records in search", () => {
  it("keeps the best-ranked record of each joined entity and drops the others", () => {
    const hits = [
      { id: "b:x", joinedIds: ["a:x"] },
      { id: "c:y", joinedIds: [] },
      { id: "a:x", joinedIds: ["b:x"] },
    ];
    expect(collapseJoinedHits(hits).map((hit) => hit.id)).toEqual(["b:x", "c:y"]);
  });
});
