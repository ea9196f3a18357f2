import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import type { SyntheticGraph } from "../../domain/synthetic/generate-ownership-graph";

const BATCH_SIZE = 5_000;

/** Writes a synthetic graph into Neo4j in UNWIND batches (the unique constraints must exist). */
export async function loadSyntheticGraph(
  driver: Driver,
  database: string | undefined,
  graph: SyntheticGraph,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<void> {
  const total = graph.entities.length + graph.relationships.length;
  let done = 0;
  const entityRows = graph.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    searchText: `${entity.name} ${entity.id}`,
  }));
  for (let start = 0; start < entityRows.length; start += BATCH_SIZE) {
    const rows = entityRows.slice(start, start + BATCH_SIZE);
    await driver.executeQuery(
      cypher("merge-synthetic-entities"),
      { rows },
      { database, routing: neo4j.routing.WRITE },
    );
    done += rows.length;
    onProgress(done, total);
  }
  for (let start = 0; start < graph.relationships.length; start += BATCH_SIZE) {
    const rows = graph.relationships.slice(start, start + BATCH_SIZE);
    await driver.executeQuery(
      cypher("merge-synthetic-relationships"),
      { rows },
      { database, routing: neo4j.routing.WRITE },
    );
    done += rows.length;
    onProgress(done, total);
  }
}
