import { describe, expect, it } from "vitest";
import type { CellValue } from "../../domain/wire/graph-wire-types";
import {
  classifyCell,
  formatCell,
  formatProperty,
  formatShare,
  nodeTitle,
} from "../../app/console/cell-format";
import { compareCells, nextSort, sortRows } from "../../app/console/table-sort";

const aisino: CellValue = {
  $type: "Node",
  elementId: "4:x:1",
  labels: ["Entity", "Company"],
  properties: { id: "aisino", caption: "Aisino Corporation", searchText: "long" },
};
const owns: CellValue = {
  $type: "Relationship",
  elementId: "5:x:9",
  type: "OWNS",
  startElementId: "4:x:0",
  endElementId: "4:x:1",
  properties: { shareMin: 25, shareMax: 50 },
};

describe("cell formatting", () => {
  it("renders tagged values as Neo4j writes them, never as raw JSON", () => {
    expect(formatCell({ $type: "Integer", value: "9007199254740993" })).toBe("9007199254740993");
    expect(formatCell({ $type: "Date", value: "2019-07-22" })).toBe("2019-07-22");
    expect(formatCell({ $type: "Duration", value: "P1DT2H" })).toBe("P1DT2H");
    expect(formatCell({ $type: "Point", srid: 4326, x: 114.1657, y: 22.3049 })).toBe(
      "point({srid: 4326, x: 114.1657, y: 22.3049})",
    );
    expect(formatCell({ $type: "Bytes", base64: "AAEC" })).toBe("bytes (3 bytes)");
  });

  it("shows a float as a float (1.0) and an integer as an integer (1), both as numbers", () => {
    expect(classifyCell(1)).toEqual({ kind: "scalar", text: "1.0", numeric: true });
    expect(classifyCell(2.5)).toEqual({ kind: "scalar", text: "2.5", numeric: true });
    expect(classifyCell({ $type: "Integer", value: "1" })).toEqual({
      kind: "scalar",
      text: "1",
      numeric: true,
    });
    expect(formatCell([1, { $type: "Integer", value: "2" }])).toBe("[1.0, 2]");
    expect(formatProperty({ n: 100, i: { $type: "Integer", value: "3" } })).toBe(
      "{n: 100.0, i: 3}",
    );
  });

  it("renders nodes, relationships and paths readably", () => {
    expect(formatCell(aisino)).toBe("(:Entity:Company Aisino Corporation)");
    expect(formatCell(owns)).toBe("[:OWNS 25–50%]");
    expect(formatCell({ $type: "Path", nodes: ["a", "b", "c"], relationships: ["r", "s"] })).toBe(
      "path of 2 relationships",
    );
    expect(classifyCell(aisino).kind).toBe("node");
  });

  it("quotes strings inside lists and maps but not at the top", () => {
    expect(formatCell("x")).toBe("x");
    const one: CellValue = { $type: "Integer", value: "1" };
    expect(formatCell(["a", one, null, { $type: "Date", value: "2003-07-11" }])).toBe(
      '["a", 1, null, 2003-07-11]',
    );
    const listed: CellValue = { $type: "Integer", value: "2003" };
    expect(formatCell({ code: "600271", listed })).toBe('{code: "600271", listed: 2003}');
    expect(formatProperty(["a", "b"])).toBe('["a", "b"]');
  });

  it("names a node by caption, name or id, else its element id", () => {
    expect(nodeTitle({ elementId: "e", properties: { name: "N", id: "i" } })).toBe("N");
    expect(nodeTitle({ elementId: "e", properties: { id: "i" } })).toBe("i");
    expect(nodeTitle({ elementId: "e", properties: {} })).toBe("e");
  });

  it("shows shares in percent: exact, range, one-sided, unknown", () => {
    expect(formatShare({ shareExact: 51 })).toBe(" 51%");
    expect(formatShare({ shareMin: 25, shareMax: 50 })).toBe(" 25–50%");
    expect(formatShare({ shareMin: 50 })).toBe(" at least 50%");
    expect(formatShare({ shareMax: 10 })).toBe(" at most 10%");
    expect(formatShare({})).toBe("");
  });
});

describe("table sorting", () => {
  it("orders numbers by value, big integers exactly, text naturally, nulls last", () => {
    const big = (value: string): CellValue => ({ $type: "Integer", value });
    expect(compareCells(big("9007199254740993"), big("9007199254740992"))).toBeGreaterThan(0);
    expect(compareCells(2, big("9007199254740993"))).toBeLessThan(0);
    expect(compareCells(10, 9)).toBeGreaterThan(0);
    expect(compareCells("item 10", "item 9")).toBeGreaterThan(0);
    expect(compareCells(null, "a")).toBeGreaterThan(0);
  });

  it("sorts rows by a column both ways, keeping nulls last and ties in order", () => {
    const rows: CellValue[][] = [
      ["b", 1],
      [null, 2],
      ["a", 3],
      ["b", 4],
    ];
    expect(sortRows(rows, { column: 0, direction: "ascending" }).map((row) => row[1])).toEqual([
      3, 1, 4, 2,
    ]);
    expect(sortRows(rows, { column: 0, direction: "descending" }).map((row) => row[1])).toEqual([
      1, 4, 3, 2,
    ]);
    expect(sortRows(rows, null)).toBe(rows);
  });

  it("sorts nodes by their caption and dates by their ISO text", () => {
    const node = (caption: string): CellValue => ({
      $type: "Node",
      elementId: caption,
      labels: ["Entity"],
      properties: { caption },
    });
    expect(compareCells(node("Aisino"), node("CASIC"))).toBeLessThan(0);
    expect(
      compareCells({ $type: "Date", value: "2019-07-22" }, { $type: "Date", value: "2003-07-11" }),
    ).toBeGreaterThan(0);
  });

  it("cycles a header through ascending, descending and the result's order", () => {
    const first = nextSort(null, 2);
    expect(first).toEqual({ column: 2, direction: "ascending" });
    const second = nextSort(first, 2);
    expect(second).toEqual({ column: 2, direction: "descending" });
    expect(nextSort(second, 2)).toBeNull();
    expect(nextSort(second, 0)).toEqual({ column: 0, direction: "ascending" });
  });
});
