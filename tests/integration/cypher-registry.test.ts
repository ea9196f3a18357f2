import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cypher, cypherStatements } from "../../cypher/registry";
import { QUERY_NAMES } from "../../cypher/query-names";
import { openTestDriver, testDatabase } from "../support/neo4j";

const driver = openTestDriver();
afterAll(() => driver.close());

const cypherDir = fileURLToPath(new URL("../../cypher/", import.meta.url));

describe("the cypher/ registry", () => {
  it("lists exactly the .cypher files that exist", () => {
    const files = readdirSync(cypherDir)
      .filter((file) => file.endsWith(".cypher"))
      .map((file) => file.replace(/\.cypher$/, ""))
      .sort();
    expect([...QUERY_NAMES].sort()).toEqual(files);
  });

  it("every file names its params and columns in a header comment", () => {
    for (const name of QUERY_NAMES) {
      if (name === "schema") continue;
      expect(cypher(name), name).toMatch(/^\/\/ .*\n(\/\/.*\n)*\/\/ params:/);
      expect(cypher(name), name).toMatch(/\/\/ columns:/);
    }
  });

  it.each(QUERY_NAMES.filter((name) => name !== "schema"))(
    "%s compiles in the real Neo4j (EXPLAIN)",
    async (name) => {
      const session = driver.session({ database: testDatabase() });
      try {
        for (const statement of cypherStatements(name)) {
          // EXPLAIN plans without running, so missing parameters are fine.
          const result = await session.run(`EXPLAIN ${statement}`);
          expect(result.summary.queryType).toMatch(/^(r|rw|w|s)$/);
        }
      } finally {
        await session.close();
      }
    },
  );

  it("applies the schema again without error (idempotent)", async () => {
    for (const statement of cypherStatements("schema")) {
      await driver.executeQuery(statement, {}, { database: testDatabase() });
    }
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN name",
      {},
      { database: testDatabase() },
    );
    expect(records).toHaveLength(1);
  });
});
