import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../server/neo4j/connection";
import type { TestNeo4j } from "./test-neo4j-context";
import "./test-neo4j-context";

/** The test database's credentials, provided by the global setup. */
export function testNeo4j(): TestNeo4j {
  return inject("neo4j");
}

export function testDatabase(): string | undefined {
  return testNeo4j().database ?? undefined;
}

/** A driver to the test database (real Neo4j, seeded). Close it in afterAll. */
export function openTestDriver(): Driver {
  const { uri, username, password } = testNeo4j();
  return createDriver({ uri, username, password, database: undefined });
}
