import { describe, expect, it } from "vitest";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import {
  createDisplayGraph,
  mergeIntoDisplayGraph,
  sizeNodesByLinks,
} from "../../app/canvas/display-graph";
import { entitySize, entitySizeWithLinks } from "../../app/canvas/entity-style";
import { EntityStore } from "../../app/explorer/store/entity-store";
import { syncRenderGraph } from "../../app/explorer/store/render-sync";
import { linkOnDay } from "../../app/explorer/time/link-on-day";

const node = (key: string, label: string) => ({
  key,
  attributes: { labels: ["Entity", label], properties: { id: key, name: key } },
});
const owns = (source: string, target: string) => ({
  key: `${source}-${target}`,
  source,
  target,
  attributes: { type: "OWNS", properties: {} },
});

describe("node size on screen", () => {
  it("is the type's size, grown with the links on screen, slowly and at most by 6 px", () => {
    expect(entitySizeWithLinks("Company", 0)).toBe(entitySize("Company"));
    expect(entitySizeWithLinks("Company", 1)).toBeCloseTo(entitySize("Company") + 1.5);
    expect(entitySizeWithLinks("Company", 3)).toBeCloseTo(entitySize("Company") + 3);
    expect(entitySizeWithLinks("Company", 3000)).toBe(entitySize("Company") + 6);
    // A company at the centre of 25 links outranks a public body with 3.
    expect(entitySizeWithLinks("Company", 25)).toBeGreaterThan(
      entitySizeWithLinks("PublicBody", 3),
    );
  });

  it("follows the links as entities arrive and leave", () => {
    const wire: WireGraph = {
      nodes: [
        node("hub", "Company"),
        node("a", "Company"),
        node("b", "Company"),
        node("c", "Person"),
      ],
      edges: [owns("a", "hub"), owns("b", "hub"), owns("hub", "c")],
    };
    const graph = createDisplayGraph();
    mergeIntoDisplayGraph(graph, wire);
    expect(graph.getNodeAttribute("hub", "size")).toBeCloseTo(entitySizeWithLinks("Company", 3));
    expect(graph.getNodeAttribute("a", "size")).toBeCloseTo(entitySizeWithLinks("Company", 1));
    expect(graph.getNodeAttribute("c", "size")).toBeCloseTo(entitySizeWithLinks("Person", 1));

    graph.dropNode("a");
    graph.dropNode("b");
    sizeNodesByLinks(graph);
    expect(graph.getNodeAttribute("hub", "size")).toBeCloseTo(entitySizeWithLinks("Company", 1));
  });

  it("are set again when the canvas sync moves entities or links, and only then", () => {
    const store = new EntityStore();
    store.merge({
      nodes: [node("hub", "Company"), node("a", "Company"), node("b", "Company")],
      edges: [owns("a", "hub"), owns("b", "hub")],
    });
    const render = createDisplayGraph();
    let resized = 0;
    render.on("eachNodeAttributesUpdated", () => (resized += 1));
    const sync = (visible: string[]) =>
      syncRenderGraph(render, store, visible, {}, new Map(), (properties) =>
        linkOnDay(properties, null),
      );

    sync(["hub", "a"]);
    expect(resized).toBe(1);
    expect(render.getNodeAttribute("hub", "size")).toBeCloseTo(entitySizeWithLinks("Company", 1));
    sync(["hub", "a", "b"]);
    expect(resized).toBe(2);
    expect(render.getNodeAttribute("hub", "size")).toBeCloseTo(entitySizeWithLinks("Company", 2));
    // The same entities again (a selection, a layout switch): nothing to size.
    sync(["hub", "a", "b"]);
    expect(resized).toBe(2);
    sync(["hub"]);
    expect(resized).toBe(3);
    expect(render.getNodeAttribute("hub", "size")).toBe(entitySize("Company"));
  });
});
