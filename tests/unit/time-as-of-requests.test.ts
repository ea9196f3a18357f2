// The day a request asks about: the explorer's `asOf` (and the changes' `from`/`to`), an
// export's `asOf`, and the graph and report wording of an export as of a day.
import { describe, expect, it } from "vitest";
import { readExportRequest } from "../../domain/export";
import { asOfLabel, graphAsOf } from "../../domain/time";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { asOfDay, dayParam } from "../../server/explorer/request-params";
import { apiErrorOf as failure } from "../support/api-error";

const MESSAGE = "asOf must be a day written YYYY-MM-DD, e.g. 2019-07-22";

describe("asOf on explorer requests", () => {
  it("takes a real calendar day, and today in UTC when none is given", () => {
    expect(asOfDay({ asOf: "2019-07-22" })).toBe("2019-07-22");
    expect(asOfDay({}, new Date("2026-11-29T23:59:59Z"))).toBe("2026-11-29");
    expect(dayParam({}, "from")).toBeNull();
  });

  it.each(["2019-02-30", "2019-7-22", "2019", "2019-07", "yesterday", "", "2019-07-22T00:00:00Z"])(
    "answers 400 for %j with how to write a day",
    (bad) => {
      const error = failure(() => asOfDay({ asOf: bad }));
      expect(error.status).toBe(400);
      expect(error.message).toContain(MESSAGE);
    },
  );

  it("refuses asOf given twice", () => {
    expect(failure(() => asOfDay({ asOf: ["2019-07-22", "2020-01-01"] })).status).toBe(400);
  });
});

describe("asOf on exports", () => {
  const body = { format: "json", nodes: ["aisino"] };

  it("reads a day, or null for the latest", () => {
    expect(readExportRequest({ ...body, asOf: "2019-07-22" }, 10).asOf).toBe("2019-07-22");
    expect(readExportRequest(body, 10).asOf).toBeNull();
    expect(() => readExportRequest({ ...body, asOf: "2019-02-30" }, 10)).toThrow(
      /"asOf" must be a day written YYYY-MM-DD, e.g. 2019-07-22/,
    );
    expect(() => readExportRequest({ ...body, asOf: 20190722 }, 10)).toThrow(/"asOf"/);
  });

  it("keeps the relationships that may have held that day, and words the report's date", () => {
    const edge = (key: string, properties: Record<string, string>) => ({
      key,
      source: "a",
      target: "b",
      attributes: { type: "OWNS", properties },
    });
    const graph: WireGraph = {
      nodes: [],
      edges: [
        edge("ended", {
          heldFrom: "2002-01-01",
          heldSurelyFrom: "2002-01-01",
          heldSurelyUntil: "2010-12-31",
          heldUntil: "2010-12-31",
        }),
        edge("uncertain", { heldFrom: "2019-01-01", heldSurelyFrom: "2020-01-01" }),
        edge("undated", {}),
      ],
    };
    expect(graphAsOf(graph, "2019-07-22").edges.map((kept) => kept.key)).toEqual([
      "uncertain",
      "undated",
    ]);
    expect(graphAsOf(graph, "2005-01-01").edges.map((kept) => kept.key)).toEqual([
      "ended",
      "undated",
    ]);
    expect(asOfLabel("2019-07-22", "2026-11-29")).toBe("As of 2019-07-22");
    expect(asOfLabel(null, "2026-11-29")).toBe("Latest, as of 2026-11-29");
  });
});
