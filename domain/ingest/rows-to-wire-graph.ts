/**
 * The model's rows as a wire graph keyed by entity and relationship id, so an import can be
 * computed on (chains, shares) before it is written.
 */
import type { WireGraph } from "../wire/graph-wire-types";
import type { ModelRows } from "./model-rows";

export function rowsToWireGraph(rows: Pick<ModelRows, "entities" | "relationships">): WireGraph {
  return {
    nodes: rows.entities.map((row) => ({
      key: row.id,
      attributes: { labels: ["Entity", row.type], properties: row.properties },
    })),
    edges: rows.relationships.map((row) => ({
      key: row.id,
      source: row.from,
      target: row.to,
      attributes: { type: row.type, properties: row.properties },
    })),
  };
}
