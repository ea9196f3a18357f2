import { describe, expect, it } from "vitest";
import type { LinkChange } from "../../domain/time";
import type { ChangesResponse, TimelinePeriod } from "../../domain/wire/explorer-api-types";
import { buildChangesState } from "../../app/explorer/time/changes-state";
import { dayAt, placeOf, timelineLayout } from "../../app/explorer/time/timeline-layout";

const change = (overrides: Partial<LinkChange>): LinkChange => ({
  kind: "appeared",
  side: "up",
  type: "OWNS",
  fromKey: "owner",
  toKey: "tecido",
  beforeKey: null,
  afterKey: null,
  shareBefore: null,
  shareAfter: null,
  sourceIds: [],
  ...overrides,
});

describe("the changes between two days on the canvas", () => {
  it("highlights an ended link by the version that ended, the others by the second day's", () => {
    const response: ChangesResponse = {
      entityId: "tecido",
      from: "2021-01-01",
      to: "2023-06-01",
      graph: { nodes: [], edges: [] },
      sources: {},
      changes: [
        change({ kind: "appeared", fromKey: "trust", afterKey: "e-trust-80" }),
        change({ kind: "ended", fromKey: "maria", beforeKey: "e-maria-100" }),
        change({ kind: "changed", fromKey: "trust", toKey: "sub", beforeKey: "a", afterKey: "b" }),
      ],
    };
    const state = buildChangesState(response);
    expect([...state.kindByEdge]).toEqual([
      ["e-trust-80", "appeared"],
      ["e-maria-100", "ended"],
      ["b", "changed"],
    ]);
    expect(state.nodeKeys.sort()).toEqual(["maria", "sub", "tecido", "trust"]);
  });
});

const period = (holderKey: string, span: TimelinePeriod["span"], share = "40%") => ({
  edgeKey: `${holderKey}-${span.heldFrom ?? span.heldSurelyFrom ?? "undated"}`,
  holderKey,
  type: "OWNS",
  span,
  share,
  sourceIds: [],
});

describe("the owners-over-time strip", () => {
  it("draws one row per holder, solid where it surely held and pale where it may have", () => {
    const layout = timelineLayout(
      [
        period(
          "maria",
          {
            heldFrom: "2002-03-09",
            heldSurelyFrom: "2002-03-09",
            heldSurelyUntil: "2021-09-23",
            heldUntil: "2021-09-23",
          },
          "100%",
        ),
        period("maria", {
          heldFrom: "2021-09-24",
          heldSurelyFrom: "2021-09-24",
          heldSurelyUntil: "2022-09-25",
          heldUntil: "2023-03-02",
        }),
        period("trust", { heldSurelyFrom: "2021-09-25" }, "60%"),
      ],
      "2026-11-29",
    );
    expect(layout.rows.map((row) => row.holderKey)).toEqual(["maria", "trust"]);
    const [first, second] = layout.rows[0]?.bars ?? [];
    expect(first?.segments.map((segment) => segment.sure)).toEqual([true]);
    // The closed record: sure until its last statement, then maybe until the day before closing.
    expect(second?.segments.map((segment) => segment.sure)).toEqual([true, false]);
    expect(second?.description).toBe(
      "from 2021-09-24; surely until 2022-09-25, maybe until 2023-03-02",
    );
    // No source dates the trust's start: pale from the axis's start, solid from its first mention.
    const trust = layout.rows[1]?.bars[0];
    expect(trust?.segments.map((segment) => [segment.start === 0, segment.sure])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(trust?.segments[1]?.end).toBe(1);
    // The axis runs from a little before the first day to today; a click maps back to a day.
    expect(layout.first < "2002-03-09").toBe(true);
    expect(dayAt(layout, 1)).toBe("2026-11-29");
    expect(dayAt(layout, 0)).toBe(layout.first);
    expect(layout.ticks[0]?.year).toBe(2002);
    expect(placeOf(layout, "2026-11-29")).toBe(1);
    expect(placeOf(layout, "1990-01-01")).toBeNull();
  });
});
