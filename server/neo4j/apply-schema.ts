import type { Driver } from "neo4j-driver";
import { cypher, cypherStatements } from "../../cypher/registry";

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this runs at each start. */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  for (const statement of cypherStatements("schema")) {
    await driver.executeQuery(statement, {}, { database });
  }
  // Index population is asynchronous; wait so the first search already finds everything.
  await driver.executeQuery(cypher("await-indexes"), { seconds: 300 }, { database });
}
