// `npm test`'s pretest step: builds the embedded Neo4j's Java launcher (Maven, once) when it is
// missing or older than its sources, before the test lanes start two test databases at once,
// whose global setups would otherwise start two Maven builds in the same folder. Nothing to do
// when NEO4J_URI names a Neo4j (tests/setup/neo4j-launcher.ts does the same for `vitest run`).
import { loadConfig } from "../server/config";
import { ensureLauncherClasspath } from "../server/neo4j/launcher-build";

if (loadConfig().neo4j.kind === "embedded") {
  await ensureLauncherClasspath((line) => console.info(`[neo4j] ${line}`));
}
