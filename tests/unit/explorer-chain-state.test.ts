import { describe, expect, it } from "vitest";
import type { ChainResponse } from "../../domain/wire/explorer-api-types";
import type { SerializedEdge, SerializedNode } from "../../domain/wire/graph-wire-types";
import { withEntityKeys } from "../../domain/wire/entity-keys";
import { summariseChain } from "../../domain/ownership";
import { shareFigureLine } from "../../domain/model";
import { buildChainState, buildPathState } from "../../app/explorer/chain/chain-state";
import { focusHighlight } from "../../app/explorer/controller/focus-highlight";
import { EntityStore } from "../../app/explorer/store/entity-store";
import { edgeEmphasis, nodeEmphasis, EMPTY_HIGHLIGHT } from "../../app/canvas/highlight";

// A chain shaped like the seed's: the State Council controls SASAC, which owns CASIC (share
// unknown); CASIC owns 40–60 % of Aisino, which owns all of its Hong Kong subsidiary.
const node = (id: string, type = "Company"): SerializedNode => ({
  key: `4:db:${id}`,
  attributes: { labels: ["Entity", type], properties: { id, caption: id } },
});
const link = (
  from: string,
  to: string,
  type: string,
  extra: Record<string, number | null> = {},
): SerializedEdge => ({
  key: `5:db:${from}-${to}`,
  source: `4:db:${from}`,
  target: `4:db:${to}`,
  attributes: {
    type,
    properties: {
      id: `${from}-${to}`,
      firmness: "reported",
      sourceIds: ["rfa"],
      quotes: ["q"],
      ...extra,
    },
  },
});

const elementKeyed = {
  nodes: [
    node("state-council", "PublicBody"),
    node("sasac", "PublicBody"),
    node("casic"),
    node("aisino"),
    node("hk"),
  ],
  edges: [
    link("state-council", "sasac", "CONTROLS"),
    link("sasac", "casic", "OWNS", { shareExact: null }),
    link("casic", "aisino", "OWNS", { shareMin: 40, shareMax: 60 }),
    link("aisino", "hk", "OWNS", { shareExact: 100 }),
  ],
};

// What the server answers: the graph in entity keys and the chain worked out on it.
const { graph } = withEntityKeys(elementKeyed);
const response: ChainResponse = {
  graph,
  sources: {},
  rootId: "hk",
  ...summariseChain(graph, "hk", "up", { maxPathsPerEnd: 3 }),
  message: null,
};

describe("a chain worked out once, on the server", () => {
  it("is keyed by entity id and worded: ends, effective shares, paths", () => {
    expect(response.rootKey).toBe("hk");
    expect(response.problem).toBeNull();
    expect(response.ends).toHaveLength(1);
    const owner = response.ends[0];
    expect(owner?.key).toBe("state-council");
    expect(owner?.caption).toBe("state-council");
    expect(owner?.reach).toBe("mixed");
    expect(owner?.reachText).toBe("through ownership and control");
    // The State Council holds no share itself: no economic share. What SASAC, which it
    // controls, holds is under its control: SASAC's unknown share keeps that unknown, at most
    // 60 %, said so.
    expect(owner?.economicShare).toBe("none (no chain of ownership links)");
    expect(owner?.stakeUnderControl).toBe("unknown (at most 60%)");
    expect(owner?.figures.map(shareFigureLine)).toEqual([
      "Economic share (counted once along simple paths): none (no chain of ownership links)",
      "Stake under control (held by it and the entities it controls): unknown (at most 60%)",
    ]);
    expect(owner?.pathCount).toBe(1);
    expect(owner?.paths[0]).toMatchObject({
      nodeKeys: ["state-council", "sasac", "casic", "aisino", "hk"],
      edgeKeys: [
        "5:db:state-council-sasac",
        "5:db:sasac-casic",
        "5:db:casic-aisino",
        "5:db:aisino-hk",
      ],
    });
  });

  it("lists paths for the first ends only, and still counts them all", () => {
    const listed = summariseChain(graph, "hk", "up", { maxEndsWithPaths: 0 });
    expect(listed.ends[0]?.paths).toEqual([]);
    expect(listed.ends[0]?.pathCount).toBe(1);
  });

  it("reports data the arithmetic refuses instead of failing", () => {
    const broken = withEntityKeys({
      ...elementKeyed,
      edges: [link("aisino", "hk", "OWNS", { shareExact: 250 })],
    }).graph;
    const chain = summariseChain(broken, "hk", "up");
    expect(chain.ends).toEqual([]);
    expect(chain.problem).toMatch(/0 to 100/);
  });
});

describe("a chain answer in the browser", () => {
  it("takes the server's keys as they are, computing nothing", () => {
    const chain = buildChainState(response);
    expect(chain.response).toBe(response);
    expect(chain.nodeKeys).toEqual(["state-council", "sasac", "casic", "aisino", "hk"]);
    expect(chain.endKeys).toEqual(["state-council"]);
    expect(chain.edgeKeys).toHaveLength(4);
  });

  it("highlights the chain in focus and nothing else", () => {
    const chain = buildChainState(response);
    const store = new EntityStore();
    store.merge(response.graph);
    const focus = focusHighlight(
      { chain, path: null, changes: null },
      { focus: { kind: "chain-up", entityId: "hk" } },
      store,
    );
    const state = { ...EMPTY_HIGHLIGHT, ...focus };
    expect(nodeEmphasis(state, "state-council")).toBe("end");
    expect(nodeEmphasis(state, "casic")).toBe("normal");
    expect(nodeEmphasis(state, "elsewhere")).toBe("dimmed");
    expect(edgeEmphasis(state, "5:db:casic-aisino")).toBe("strong");
    expect(edgeEmphasis(state, "5:db:other")).toBe("dimmed");
    const stale = focusHighlight(
      { chain, path: null, changes: null },
      { focus: { kind: "chain-up", entityId: "aisino" } },
      store,
    );
    expect(stale.focusNodes).toBeNull();
  });

  it("hover lights up the hovered node's neighbours over everything else", () => {
    const state = {
      ...EMPTY_HIGHLIGHT,
      hovered: "a",
      hoverNodes: new Set(["b"]),
      hoverEdges: new Set(["a-b"]),
    };
    expect(nodeEmphasis(state, "a")).toBe("strong");
    expect(nodeEmphasis(state, "b")).toBe("neighbour");
    expect(nodeEmphasis(state, "c")).toBe("dimmed");
    expect(edgeEmphasis(state, "a-b")).toBe("strong");
    expect(edgeEmphasis(state, "c-d")).toBe("dimmed");
  });

  it("maps a path answer onto entity ids", () => {
    const path = buildPathState({
      fromId: "hk",
      toId: "state-council",
      found: true,
      nodeKeys: ["4:db:hk", "4:db:aisino"],
      edgeKeys: ["5:db:aisino-hk"],
      message: null,
      graph: { nodes: [node("hk"), node("aisino")], edges: [link("aisino", "hk", "OWNS")] },
      sources: {},
    });
    expect(path.nodeKeys).toEqual(["hk", "aisino"]);
    expect(path.edgeKeys).toEqual(["5:db:aisino-hk"]);
  });
});

describe("the entity store", () => {
  it("keys entities by id, keeps element-id keys for others, and finds edges among a set", () => {
    const store = new EntityStore();
    const { keys } = store.merge(
      {
        nodes: [
          node("a"),
          node("b"),
          { key: "4:db:x", attributes: { labels: ["Thing"], properties: {} } },
        ],
        edges: [link("a", "b", "OWNS"), { ...link("b", "x", "LISTS"), target: "4:db:x" }],
      },
      { rfa: { id: "rfa", title: "RFA", publisher: null, url: null, date: null, authors: [] } },
    );
    expect(keys).toEqual(["a", "b", "element:4:db:x"]);
    expect(
      store
        .edgesOf("b")
        .map((edge) => edge.key)
        .sort(),
    ).toEqual(["5:db:a-b", "5:db:b-x"]);
    expect(store.edgesAmong(new Set(["a", "b"])).map((edge) => edge.key)).toEqual(["5:db:a-b"]);
    expect(store.source("rfa")?.title).toBe("RFA");
    const wire = store.toWireGraph(["a", "b", "missing"]);
    expect(wire.nodes.map((n) => n.key)).toEqual(["a", "b"]);
    expect(wire.edges).toHaveLength(1);
  });
});
