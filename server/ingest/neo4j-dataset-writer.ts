/** The DatasetWriter of domain/ingest against Neo4j: one write transaction per dataset. */
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../cypher/registry";
import type { DatasetWriter } from "../../domain/ingest";
import { writeDataset } from "./write-dataset";

export function neo4jDatasetWriter(driver: Driver, database: string | undefined): DatasetWriter {
  return {
    async currentVersion(datasetId) {
      const { records } = await driver.executeQuery(
        cypher("get-dataset-version"),
        { id: datasetId },
        { database, routing: neo4j.routing.READ },
      );
      const version: unknown = records[0]?.get("version");
      return typeof version === "string" ? version : null;
    },
    async write(dataset, rows) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => writeDataset(tx, dataset, rows));
      } finally {
        await session.close();
      }
    },
  };
}
