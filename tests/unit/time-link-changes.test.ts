// The change list between two days (domain/time/link-changes.ts), on hand-made chains.
import { describe, expect, it } from "vitest";
import { chainOnDay, linkChanges } from "../../domain/time";
import type { SerializedEdge, WireGraph } from "../../domain/wire/graph-wire-types";

const owns = (key: string, from: string, share: number, sourceId: string): SerializedEdge => ({
  key,
  source: from,
  target: "t",
  attributes: {
    type: "OWNS",
    properties: { interestType: "shareholding", shareExact: share, sourceIds: [sourceId] },
  },
});
const graph = (...edges: SerializedEdge[]): WireGraph => ({ nodes: [], edges });

describe("linkChanges", () => {
  it("pairs two versions of a link and names what appeared, changed and ended", () => {
    const before = graph(owns("a-2019", "a", 100, "s2019"), owns("b-2019", "b", 10, "s2019"));
    const after = graph(owns("a-2021", "a", 40, "s2021"), owns("c-2021", "c", 60, "s2021"));
    expect(
      linkChanges(before, after, "up").map((change) => [
        change.kind,
        change.fromKey,
        change.shareBefore,
        change.shareAfter,
        change.beforeKey,
        change.afterKey,
        change.sourceIds,
      ]),
    ).toEqual([
      ["appeared", "c", null, "60%", null, "c-2021", ["s2021"]],
      ["changed", "a", "100%", "40%", "a-2019", "a-2021", ["s2019", "s2021"]],
      ["ended", "b", "10%", null, "b-2019", null, ["s2019"]],
    ]);
  });

  it("leaves out a link that holds on both days, as the same version or restated with the same share", () => {
    const same = owns("a-2019", "a", 50, "s2019");
    expect(linkChanges(graph(same), graph(same), "down")).toEqual([]);
    expect(linkChanges(graph(same), graph(owns("a-2021", "a", 50, "s2021")), "down")).toEqual([]);
  });

  it("tells a control link from an ownership link between the same two entities", () => {
    const control: SerializedEdge = {
      key: "c",
      source: "a",
      target: "t",
      attributes: { type: "CONTROLS", properties: { controlType: "directControl" } },
    };
    const changes = linkChanges(graph(owns("a-2019", "a", 50, "s")), graph(control), "up");
    expect(changes.map((change) => [change.kind, change.type])).toEqual([
      ["appeared", "CONTROLS"],
      ["ended", "OWNS"],
    ]);
  });
});

describe("chainOnDay", () => {
  const link = (key: string, source: string, target: string, span: Record<string, string>) => ({
    key,
    source,
    target,
    attributes: { type: "OWNS", properties: span },
  });
  const node = (key: string) => ({ key, attributes: { labels: ["Entity"], properties: {} } });

  it("keeps the links that held on the day and reach the root through such links only", () => {
    const read: WireGraph = {
      nodes: ["t", "a", "b", "c"].map(node),
      edges: [
        link("a-t", "a", "t", { heldFrom: "2019-01-01", heldUntil: "2019-12-31" }),
        link("b-a", "b", "a", { heldFrom: "2021-01-01" }),
        link("c-t", "c", "t", { heldFrom: "2021-01-01" }),
      ],
    };
    const keys = (graph: WireGraph) => [
      graph.edges.map((edge) => edge.key),
      graph.nodes.map((n) => n.key),
    ];
    // In 2021 b holds a, but a no longer holds t: b is not on t's chain that day.
    expect(keys(chainOnDay(read, "t", "up", "2021-06-01"))).toEqual([["c-t"], ["t", "c"]]);
    expect(keys(chainOnDay(read, "t", "up", "2019-06-01"))).toEqual([["a-t"], ["t", "a"]]);
    expect(keys(chainOnDay(read, "a", "down", "2019-06-01"))).toEqual([["a-t"], ["t", "a"]]);
  });
});
