import type { SourceRecord } from "../../domain/export";
import type { SerializedNode, WireGraph } from "../../domain/wire/graph-wire-types";
import { citedSourceIds } from "../explorer/explorer-read";
import { sourceRecord } from "../explorer/entity-summary";
import { readGraph } from "../query/read-graph";
import type { ExportDatabase } from "./export-graph";

/**
 * The Source nodes the relationships of a graph cite (`sourceIds`), read from Neo4j: as nodes,
 * to travel with a data export, and as records, for a report's footnotes. Ids that match no
 * Source node are left out (the report says so beside the citation).
 */
export interface CitedSources {
  /** Source nodes not already in the graph. */
  nodes: SerializedNode[];
  records: SourceRecord[];
}

export async function readCitedSources(
  db: ExportDatabase,
  graph: WireGraph,
  timeoutMs: number,
): Promise<CitedSources> {
  const ids = citedSourceIds(graph);
  if (ids.length === 0) return { nodes: [], records: [] };
  const {
    graph: { nodes },
  } = await readGraph(db.driver, db.database, "get-sources-by-id", { ids }, timeoutMs);
  const present = new Set<string>();
  for (const node of graph.nodes) {
    const id = node.attributes.properties.id;
    if (node.attributes.labels.includes("Source") && typeof id === "string") present.add(id);
    present.add(node.key);
  }
  const records = nodes.flatMap((node) => sourceRecord(node.attributes.properties) ?? []);
  const missing = nodes.filter((node) => {
    const id = node.attributes.properties.id;
    return !present.has(node.key) && !(typeof id === "string" && present.has(id));
  });
  return { nodes: missing, records };
}
