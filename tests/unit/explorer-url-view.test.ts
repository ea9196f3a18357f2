import { describe, expect, it } from "vitest";
import { decodeUrlView, encodeUrlView, type UrlView } from "../../app/explorer/state/url-view";

const full: UrlView = {
  entities: ["aisino", "aisino-hong-kong-subsidiary", "state-council"],
  selection: ["aisino-hong-kong-subsidiary"],
  layout: "hierarchy",
  focus: { kind: "chain-up", entityId: "aisino-hong-kong-subsidiary" },
  pinned: { aisino: { x: 1.234, y: -2 } },
  placed: {},
  hidden: ["chen-rongxing"],
  hiddenDatasets: [],
  asOf: null,
};

describe("the view in the URL", () => {
  it("round-trips entities, selection, layout, focus, pins and hidden entities", () => {
    const search = encodeUrlView(full);
    expect(search).toBe(
      "?e=aisino,aisino-hong-kong-subsidiary,state-council&s=aisino-hong-kong-subsidiary&l=h" +
        "&f=up:aisino-hong-kong-subsidiary&p=aisino:1.23:-2&x=chen-rongxing",
    );
    const { view, problems } = decodeUrlView(search);
    expect(problems).toEqual([]);
    expect(view).toEqual({ ...full, pinned: { aisino: { x: 1.23, y: -2 } } });
  });

  it("keeps ids with commas, colons, spaces and CJK intact", () => {
    const odd: UrlView = {
      ...full,
      entities: ["a,b", "x:y", "航天 信息"],
      selection: ["a,b", "x:y"],
      focus: { kind: "path", fromId: "a,b", toId: "x:y" },
      pinned: { "x:y": { x: 0, y: 0 } },
      hidden: [],
      hiddenDatasets: [],
    };
    expect(decodeUrlView(encodeUrlView(odd)).view).toEqual(odd);
  });

  it("is empty for an empty canvas, and null when the URL holds no view", () => {
    expect(
      encodeUrlView({
        ...full,
        entities: [],
        selection: [],
        focus: null,
        pinned: {},
        hidden: [],
        hiddenDatasets: [],
        layout: "force",
      }),
    ).toBe("");
    expect(decodeUrlView("").view).toBeNull();
    expect(decodeUrlView("?utm_source=x").view).toBeNull();
  });

  it("opens what it can from a damaged link and says what it skipped", () => {
    const { view, problems } = decodeUrlView(
      "?e=a,%E0%A4%A,b&s=b,zzz&l=sideways&f=up:&p=a:1,b:x:2",
    );
    expect(view?.entities).toEqual(["a", "b"]);
    expect(view?.selection).toEqual(["b"]);
    expect(view?.layout).toBe("force");
    expect(view?.focus).toBeNull();
    expect(view?.pinned).toEqual({});
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it("holds where the force layout left the other entities, and only in the force layout", () => {
    const forced: UrlView = {
      ...full,
      layout: "force",
      focus: null,
      placed: { state: { x: 10.126, y: -3 }, 航天: { x: 0.5, y: 0 } },
      entities: ["aisino", "state", "航天"],
      selection: [],
      hidden: [],
      hiddenDatasets: [],
    };
    const search = encodeUrlView(forced);
    expect(search).toContain(`&q=state:10.13:-3,${encodeURIComponent("航天")}:0.5:0`);
    expect(decodeUrlView(search).view?.placed).toEqual({
      state: { x: 10.13, y: -3 },
      航天: { x: 0.5, y: 0 },
    });
    expect(encodeUrlView({ ...forced, layout: "hierarchy" })).not.toContain("q=");
    // Places of entities not on the canvas, or pinned ones, are dropped; bad ones are reported.
    const { view, problems } = decodeUrlView("?e=a,b&p=a:1:1&q=a:2:2,b:3:3,z:4:4,b:x");
    expect(view?.placed).toEqual({ b: { x: 3, y: 3 } });
    expect(problems).toEqual(['the laid-out position "b:x" is not id:x:y']);
  });

  it("treats markup in ids as text", () => {
    const { view } = decodeUrlView(`?e=${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(view?.entities).toEqual(["<script>alert(1)</script>"]);
  });

  it("keeps the hidden datasets, and a link with only them opens the overview without them", () => {
    const search = encodeUrlView({ ...full, hiddenDatasets: ["seed", "uk-psc.2026"] });
    expect(search.endsWith("&x=chen-rongxing&d=seed,uk-psc.2026")).toBe(true);
    expect(decodeUrlView(search).view?.hiddenDatasets).toEqual(["seed", "uk-psc.2026"]);
    const only = decodeUrlView("?d=bods-fi");
    expect(only.problems).toEqual([]);
    expect(only.view?.entities).toEqual([]);
    expect(only.view?.hiddenDatasets).toEqual(["bods-fi"]);
  });

  it("keeps the day the graph is seen as of, and a link with only it opens the overview then", () => {
    const search = encodeUrlView({ ...full, asOf: "2019-07-22" });
    expect(search.endsWith("&x=chen-rongxing&t=2019-07-22")).toBe(true);
    expect(decodeUrlView(search).view?.asOf).toBe("2019-07-22");
    const only = decodeUrlView("?t=2021-09-24");
    expect(only.view?.entities).toEqual([]);
    expect(only.view?.asOf).toBe("2021-09-24");
    expect(decodeUrlView("?e=aisino").view?.asOf).toBeNull();
  });

  it("opens the latest graph, and says so, when the day in a link is not a real day", () => {
    for (const bad of ["2019-02-30", "2019-07", "yesterday", "2019-7-22"]) {
      const { view, problems } = decodeUrlView(`?e=aisino&t=${bad}`);
      expect(view?.asOf).toBeNull();
      expect(problems).toEqual([
        `the date "${bad}" is not a day written YYYY-MM-DD; the latest graph is shown`,
      ]);
    }
  });
});
