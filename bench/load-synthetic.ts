import { loadConfig } from "../server/config";
import { prepareDatabase } from "../server/boot";
import { loadSyntheticGraph } from "../server/synthetic/load-synthetic-graph";
import { generateOwnershipGraph } from "../domain/synthetic/generate-ownership-graph";

// `npx tsx bench/load-synthetic.ts [entities]`: generates a synthetic ownership graph and loads it
// into the configured Neo4j (embedded, or NEO4J_URI). Rerunnable: MERGE on ids.
const entities = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(entities) || entities < 10) {
  console.error("Usage: npx tsx bench/load-synthetic.ts [entities ≥ 10]");
  process.exit(2);
}
const connection = await prepareDatabase(loadConfig());
try {
  const graph = generateOwnershipGraph({ entities });
  console.info(
    `Generated ${graph.entities.length} entities, ${graph.relationships.length} relationships, ${graph.crossHoldings} cross-holdings.`,
  );
  await loadSyntheticGraph(connection.driver, connection.database, graph, (done, total) =>
    process.stdout.write(`\rLoading ${done}/${total}`),
  );
  console.info("\nDone.");
} finally {
  await connection.close();
}
