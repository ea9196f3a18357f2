import { describe, expect, it } from "vitest";
import {
  addHistoryEntry,
  describeWhen,
  HISTORY_KEY,
  loadHistory,
  parseStoredHistory,
  removeHistoryEntry,
  saveHistory,
  type HistoryEntry,
} from "../../app/console/console-history";
import { checkParamsText } from "../../app/console/params-check";
import { errorRange, offsetOf, toEditorSchema } from "../../app/console/editor-support";
import { describeCounters, describeResult, operatorName } from "../../app/console/result-summary";
import { errorHeading, toRunError } from "../../app/console/run-state";
import type { ConsoleQueryResult } from "../../domain/console/console-wire-types";

const entry = (query: string, ranAt = "2026-01-01T00:00:00Z"): HistoryEntry => ({
  query,
  paramsText: "{}",
  ranAt,
  outcome: "ok",
});

class MemoryStorage {
  items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
}

describe("console history", () => {
  it("puts the newest first, drops an earlier identical run, and caps the length", () => {
    let history: HistoryEntry[] = [];
    history = addHistoryEntry(history, entry("RETURN 1"));
    history = addHistoryEntry(history, entry("RETURN 2"));
    history = addHistoryEntry(history, entry("RETURN 1 ", "2026-01-02T00:00:00Z"));
    expect(history.map((item) => item.query)).toEqual(["RETURN 1 ", "RETURN 2"]);
    expect(addHistoryEntry(history, entry("   ")).length).toBe(2);
    const many = Array.from({ length: 5 }, (_, index) => entry(`RETURN ${index}`));
    expect(
      many.reduce((list, item) => addHistoryEntry(list, item, 3), [] as HistoryEntry[]),
    ).toHaveLength(3);
    expect(removeHistoryEntry(history, 0).map((item) => item.query)).toEqual(["RETURN 2"]);
  });

  it("survives a reload through storage and ignores whatever is malformed there", () => {
    const storage = new MemoryStorage();
    const history = [entry("RETURN 1"), entry("RETURN 2")];
    expect(saveHistory(storage, history)).toBe(2);
    expect(loadHistory(storage)).toEqual(history);
    storage.items.set(HISTORY_KEY, "{not json");
    expect(loadHistory(storage)).toEqual([]);
    expect(parseStoredHistory(JSON.stringify([entry("ok"), { query: 1 }, null]))).toEqual([
      entry("ok"),
    ]);
    expect(loadHistory(undefined)).toEqual([]);
  });

  it("keeps the newest entries that fit when storage is full", () => {
    const storage = new MemoryStorage();
    const history = Array.from({ length: 8 }, (_, index) => entry(`RETURN ${index}`));
    storage.quota = JSON.stringify(history.slice(0, 4)).length;
    expect(saveHistory(storage, history)).toBe(4);
    expect(loadHistory(storage).map((item) => item.query)[0]).toBe("RETURN 0");
  });

  it("says when, in words", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    expect(describeWhen("2026-01-01T11:59:30Z", now)).toBe("just now");
    expect(describeWhen("2026-01-01T11:30:00Z", now)).toBe("30 min ago");
    expect(describeWhen("2026-01-01T09:00:00Z", now)).toBe("3 h ago");
    expect(describeWhen("2025-12-01T09:00:00Z", now)).toBe("2025-12-01");
  });
});

describe("parameter box", () => {
  it("accepts an object or nothing, and names the parameters for completion", () => {
    expect(checkParamsText("")).toEqual({ ok: true, names: [] });
    expect(checkParamsText('{"topId": "state-council", "n": 9007199254740993}')).toEqual({
      ok: true,
      names: ["topId", "n"],
    });
  });

  it("reports the line and column of a mistake", () => {
    const check = checkParamsText('{\n  "a": 1\n  "b": 2\n}');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.position).toMatchObject({ line: 3, column: 3 });
    const notObject = checkParamsText("  [1]");
    expect(notObject.ok).toBe(false);
    if (!notObject.ok) expect(notObject.position).toMatchObject({ line: 1, column: 3 });
  });
});

describe("editor support", () => {
  it("builds the completion schema from the live schema and the parameters", () => {
    const schema = toEditorSchema(
      {
        labels: ["Company"],
        relationshipTypes: ["OWNS"],
        propertyKeys: ["caption"],
        procedures: [
          {
            name: "db.labels",
            signature: "db.labels() :: (label :: STRING)",
            description: "",
            returnItems: [{ name: "label", signature: "STRING" }],
          },
        ],
        functions: [{ name: "toUpper", signature: "toUpper(x)", description: "" }],
      },
      ["topId"],
    );
    expect(schema).toMatchObject({
      labels: [":Company"],
      relationshipTypes: [":OWNS"],
      propertyKeys: ["caption"],
      parameters: ["topId"],
    });
    expect(schema.procedures?.[0]?.returnItems).toEqual([{ name: "label", signature: "STRING" }]);
    expect(toEditorSchema(null, []).labels).toEqual([]);
  });

  it("underlines the word at an error, or one character, inside the text", () => {
    const text = "MATCH (n)\nRETRUN n";
    expect(errorRange(text, 10)).toEqual({ from: 10, to: 16 });
    expect(errorRange(text, 8)).toEqual({ from: 8, to: 9 });
    expect(errorRange(text, 99)).toEqual({ from: 17, to: 18 });
    expect(errorRange("", 0)).toBeNull();
    expect(offsetOf(text, 2, 1)).toBe(10);
  });
});

describe("summary and errors in words", () => {
  it("lists only the counters that changed", () => {
    expect(describeCounters({ nodesCreated: 3, propertiesSet: 1, labelsAdded: 0 })).toEqual([
      "3 nodes created",
      "1 properties set",
    ]);
    expect(operatorName({ operatorType: "ProduceResults@neo4j" } as never)).toBe("ProduceResults");
  });

  it("describes a result's size and time", () => {
    const result = {
      rows: [[1]],
      graph: { nodes: [{}], edges: [] },
      summary: { elapsedMs: 35, resultAvailableAfterMs: 3, resultConsumedAfterMs: 1 },
    } as unknown as ConsoleQueryResult;
    expect(describeResult(result)).toBe("1 row, 1 node and 0 relationships in 35 ms (Neo4j: 4 ms)");
  });

  it("points parameter errors at the parameter box and names refusals plainly", () => {
    const params = toRunError({ status: 400, code: "Ownergraph.InvalidParameters", message: "x" });
    expect(params.target).toBe("params");
    expect(errorHeading(params)).toMatch(/parameters/);
    const refused = toRunError({
      status: 403,
      code: "Neo.ClientError.Statement.AccessMode",
      message: "",
    });
    expect(errorHeading(refused)).toMatch(/read-only/);
    expect(errorHeading(toRunError({ status: 408, code: "T", message: "" }))).toMatch(/too long/);
  });
});
