import { describe, expect, it } from "vitest";
import {
  ExportRequestError,
  readExportRequest,
  type ExportRequest,
  type ExportRequestErrorCode,
} from "../../domain/export";

/** POST /api/export's body becomes a typed request here, or an error saying what to send. */

const QUERY = "MATCH p = (:Entity)-[:OWNS]->(:Entity) RETURN p";

function read(body: unknown, maxIds = 10): ExportRequest {
  return readExportRequest(body, maxIds);
}

function refusal(body: unknown, maxIds = 10): { code: ExportRequestErrorCode; message: string } {
  try {
    read(body, maxIds);
  } catch (error) {
    expect(error).toBeInstanceOf(ExportRequestError);
    const { code, message, name } = error as ExportRequestError;
    expect(name).toBe("ExportRequestError");
    return { code, message };
  }
  throw new Error("expected an ExportRequestError");
}

describe("readExportRequest", () => {
  it("reads a query with its parameters, as an object or as text, and the defaults", () => {
    const request = read({ format: "GraphML", query: QUERY, params: { id: "aisino" } });
    expect(request.format.id).toBe("graphml");
    expect(request.source).toEqual({
      kind: "query",
      query: QUERY,
      params: { given: "object", value: { id: "aisino" } },
    });
    expect(request).toMatchObject({ title: null, focus: null, part: null, scale: 2 });
    expect(request.withSources).toBe(true);
    const text = read({ format: "json", query: QUERY, paramsText: '{"n": 9007199254740993}' });
    expect(text.source).toMatchObject({
      params: { given: "text", text: '{"n": 9007199254740993}' },
    });
    expect(read({ format: "json", query: QUERY }).source).toMatchObject({
      params: { given: "object", value: {} },
    });
  });

  it("reads node ids from a list or a comma-separated text, blanks and repeats dropped", () => {
    expect(read({ format: "csv", nodes: ["a", " b ", "a", ""] }).source).toEqual({
      kind: "nodes",
      ids: ["a", "b"],
    });
    expect(read({ format: "csv", nodes: "a,b" }).source).toEqual({
      kind: "nodes",
      ids: ["a", "b"],
    });
  });

  it("reads a graph with its display state into maps", () => {
    const graph = {
      nodes: [{ key: "a", attributes: { labels: ["Entity"], properties: { id: "a" } } }],
      edges: [],
    };
    const display = {
      nodes: { a: { x: 1, y: 2, size: 3, color: "#000" } },
      viewport: { width: 100, height: 50 },
    };
    const request = read({ format: "svg", graph, display, title: "A", focus: "a" });
    if (request.source.kind !== "graph") throw new Error("not a graph source");
    expect(request.source.graph).toEqual(graph);
    expect(request.source.display?.nodes.get("a")).toMatchObject({ x: 1, y: 2, hidden: false });
    expect(request.source.display?.viewport).toEqual({
      width: 100,
      height: 50,
      coordinates: "screen",
    });
    expect(request).toMatchObject({ title: "A", focus: "a" });
  });

  it("takes a part only for a format with several files, and only one of its parts", () => {
    expect(read({ format: "csv", nodes: ["a"], part: "relationships" }).part).toBe("relationships");
    expect(refusal({ format: "json", nodes: ["a"], part: "nodes" })).toEqual({
      code: "Ownergraph.BadExportRequest",
      message: '"part" applies to the csv format only.',
    });
    expect(refusal({ format: "csv", nodes: ["a"], part: "edges" }).message).toBe(
      '"part" must be "nodes" or "relationships".',
    );
  });

  it("refuses what it cannot read, with the API's error code", () => {
    expect(refusal([]).code).toBe("Ownergraph.BadExportRequest");
    expect(refusal({ query: QUERY })).toMatchObject({ code: "Ownergraph.UnknownExportFormat" });
    expect(refusal({ format: "xlsx", query: QUERY }).message).toMatch(
      /^Unknown export format "xlsx"\. Choose one of: graphml, gexf, json, csv/,
    );
    expect(refusal({ format: "json", nodes: ["a", "b", "c"] }, 2)).toEqual({
      code: "Ownergraph.ExportTooLarge",
      message: '"nodes" names 3 nodes; an export takes at most 2. Export fewer.',
    });
    expect(refusal({ format: "json", query: QUERY, params: {}, paramsText: "{}" })).toMatchObject({
      code: "Ownergraph.BadRequest",
      message: 'Send either "params" (a JSON object) or "paramsText" (its text), not both.',
    });
    expect(refusal({ format: "json", query: QUERY, params: [1] }).code).toBe(
      "Ownergraph.BadRequest",
    );
    expect(refusal({ format: "json", nodes: ["a"], params: {} }).message).toBe(
      '"params" goes with "query" only.',
    );
    expect(refusal({ format: "png", nodes: ["a"], scale: 5 }).message).toBe(
      '"scale" must be from 0.5 to 4; it is 5.',
    );
    expect(refusal({ format: "json", nodes: ["a"], withSources: "no" }).message).toBe(
      '"withSources" must be true or false.',
    );
    expect(
      refusal({ format: "json", graph: { nodes: [{ key: "a" }], edges: [] } }).message,
    ).toMatch(/^graph\.nodes\[0\] must be/);
  });
});
