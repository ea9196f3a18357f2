import { describe, expect, it } from "vitest";
import { createDisplayGraph } from "../../app/canvas/display-graph";
import { EntityStore } from "../../app/explorer/store/entity-store";
import { syncRenderGraph } from "../../app/explorer/store/render-sync";
import { linkOnDay } from "../../app/explorer/time/link-on-day";
import type { Properties } from "../../domain/wire/graph-wire-types";

const node = (key: string) => ({
  key,
  attributes: { labels: ["Entity", "Company"], properties: { id: key, name: key } },
});
const owns = (key: string, properties: Properties) => ({
  key,
  source: "owner",
  target: "company",
  attributes: { type: "OWNS", properties },
});

// Tecido's owner as BODS told it: 100 % from 2002-03-09 until the update of 2021-09-24, then 40 %.
const first = owns("first", {
  shareExact: 100,
  heldFrom: "2002-03-09",
  heldSurelyFrom: "2002-03-09",
  heldSurelyUntil: "2021-09-23",
  heldUntil: "2021-09-23",
});
const second = owns("second", {
  shareExact: 40,
  heldFrom: "2021-09-24",
  heldSurelyFrom: "2021-09-24",
});
// Started some time in 2003, never ended.
const vague = owns("vague", { heldFrom: "2003-01-01", heldSurelyFrom: "2004-01-01" });

function canvasOn(asOf: string | null, render = createDisplayGraph()) {
  const store = new EntityStore();
  store.merge({ nodes: [node("owner"), node("company")], edges: [first, second, vague] });
  syncRenderGraph(render, store, ["owner", "company"], {}, new Map(), (properties) =>
    linkOnDay(properties, asOf),
  );
  return render;
}

describe("links on the canvas on the view's day", () => {
  it("draws only the links valid that day, and fades those that may have held", () => {
    const in2003 = canvasOn("2003-06-01");
    expect(in2003.edges().sort()).toEqual(["first", "vague"]);
    expect(in2003.getEdgeAttribute("first", "mayHaveHeld")).toBe(false);
    expect(in2003.getEdgeAttribute("vague", "mayHaveHeld")).toBe(true);
    expect(in2003.getEdgeAttribute("vague", "color")).toMatch(/80$/);

    expect(canvasOn("2022-01-01").edges().sort()).toEqual(["second", "vague"]);
    expect(canvasOn("2000-01-01").edges()).toEqual([]);
  });

  it("shows the latest as held, without a past day's doubts", () => {
    const latest = canvasOn(null);
    expect(latest.edges().sort()).toEqual(["second", "vague"]);
    expect(latest.getEdgeAttribute("vague", "mayHaveHeld")).toBe(false);
  });

  it("drops and redraws the links when the day changes on the same canvas", () => {
    const render = canvasOn("2003-06-01");
    canvasOn("2022-01-01", render);
    expect(render.edges().sort()).toEqual(["second", "vague"]);
    expect(render.getEdgeAttribute("vague", "mayHaveHeld")).toBe(false);
  });
});
