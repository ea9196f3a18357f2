// Real cross-holdings: the KEK German media-ownership share table (see
// tests/fixtures/kek/SOURCE.md), read simply as OWNS links with their stated shares, reports
// its rings as rings, each once, and gives both ring methods around them. Company names in the
// comments are those of the KEK `company` table for the ids used.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  findCrossHoldings,
  ownershipEdgesFromWireGraph,
  summariseChain,
} from "../../domain/ownership";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

const fixtureText = readFileSync(new URL("../fixtures/kek/shares.csv", import.meta.url), "utf8");

/** shareholder,owns,share per line; an empty share is a holding whose share is not stated. */
function sharesToWireGraph(text: string): WireGraph {
  const rows = text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
  const ids = new Set(rows.flatMap(([owner = "", owned = ""]) => [owner, owned]));
  return {
    nodes: [...ids].map((id) => ({
      key: id,
      attributes: { labels: ["Entity", "Company"], properties: { id } },
    })),
    edges: rows.map(([owner = "", owned = "", share = ""], row) => ({
      key: `shares-${String(row + 2)}`,
      source: owner,
      target: owned,
      attributes: {
        type: "OWNS",
        properties: {
          shareExact: share === "" ? null : Number(share),
          directOrIndirect: "unknown",
          interestType: "shareholding",
        },
      },
    })),
  };
}

const graph = sharesToWireGraph(fixtureText);

describe("KEK media ownership", () => {
  it("is the byte-for-byte copy named in SOURCE.md", () => {
    const sha256 = createHash("sha256").update(fixtureText).digest("hex");
    const source = readFileSync(new URL("../fixtures/kek/SOURCE.md", import.meta.url), "utf8");
    expect(source).toContain(sha256);
    expect(graph.edges).toHaveLength(2_904);
  });

  it("holds three rings of cross-holdings and one company holding its own shares", () => {
    const edges = ownershipEdgesFromWireGraph(graph);
    const rings = findCrossHoldings(
      graph.nodes.map((node) => node.key),
      edges,
    ).crossHoldings;
    expect(rings.map((ring) => ring.memberKeys)).toEqual([
      ["1115"], // NRJ Group S.A., 1.81 % of itself
      ["122", "2959"], // Constantin Medien AG ⇄ Highlight Communications AG
      ["2169", "2170"], // News America, Inc. ⇄ News Publishing Australia Ltd.
      ["3270", "3552", "366"], // Verlag W. Girardet ⇄ Rheinisch-Bergische ⇄ Rheinische Post
    ]);
    expect(rings.map((ring) => ring.edgeKeys.length)).toEqual([1, 2, 2, 3]);
  });

  it("reports the Rheinische Post ring on the chain up, with both methods", () => {
    // 367 (Arnold/Betz/Droste/Alt/Ebel, Familien) holds 96 % of 3552 (Rheinisch-Bergische);
    // 3552 holds 100 % of 366 (Rheinische Post), 366 holds 6.7 % of 3270 (Girardet), and 3270
    // holds the other 4 % of 3552.
    const chain = summariseChain(graph, "3552", "up");
    expect(chain.problem).toBeNull();
    expect(chain.crossHoldings.map((ring) => ring.memberKeys)).toEqual([["3270", "3552", "366"]]);
    expect(chain.ends.map((end) => end.key)).toEqual(["367"]);
    // Simple paths: 367 → 3552 = 96 %. Integrated: the walk may go round the ring
    // 3552 → 366 → 3270 → 3552 (100 % × 6.7 % × 4 % = 0.268 %) any number of times:
    // 0.96 / (1 − 0.00268) = 96.258 %. The families hold 96 % outright: a majority, so that is
    // also their stake under control, and they control it.
    const families = chain.ends[0];
    expect(families?.figures.map((figure) => [figure.method, figure.value])).toEqual([
      ["counted once along simple paths", "96%"],
      ["integrated (Vitali et al. 2011)", "96.26%"],
      ["held by it and the entities it controls", "96%"],
    ]);
    expect(families?.controlsTarget).toBe(true);
  });

  it("reports the Constantin ⇄ Highlight ring looking down from Highlight", () => {
    // 2959 (Highlight) holds 8.7 % of 122 (Constantin), which holds 47.3 % of Highlight.
    const chain = summariseChain(graph, "2959", "down");
    expect(chain.crossHoldings.map((ring) => ring.memberKeys)).toEqual([["122", "2959"]]);
    const constantin = chain.ends.find((end) => end.key === "122");
    expect(constantin?.inCrossHolding).toBe(true);
    // The only walk from Highlight to Constantin that never comes back to Highlight is the
    // direct link: 8.7 % by both methods.
    expect(constantin?.economicShare).toBe("8.7%");
    expect(constantin?.integratedShare).toBe("8.7%");
  });
});
