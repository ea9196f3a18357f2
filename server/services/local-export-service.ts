import type { QueryParameters } from "../../domain/export";
import { prepareDatabase } from "../boot";
import { loadConfig } from "../config";
import { neo4jParams } from "../export/export-graph";
import { readExportLimits } from "../export/export-limits";
import { createExportService, type ExportService } from "./export-service";

/**
 * The export service over Neo4j opened in this process, with the server's own settings and
 * start-up path (embedded unless NEO4J_URI is set; schema and seed as `npm start` applies
 * them): what `ownergraph export` uses without --server. `close` closes Neo4j too.
 */
export async function openLocalExportService(
  onProgress: (stage: string) => void,
): Promise<ExportService> {
  const config = loadConfig();
  const limits = readExportLimits();
  onProgress(config.neo4j.kind === "embedded" ? "starting the embedded Neo4j" : "connecting");
  const connection = await prepareDatabase(config, (line) =>
    onProgress(line.replace(/[.…]+$/, "")),
  );
  const service = createExportService(connection, { limits });
  return {
    ...service,
    close: async () => {
      try {
        await service.close();
      } finally {
        await connection.close();
      }
    },
  };
}

/** Checks a query's parameters before any database is opened; throws what a run would. */
export function checkQueryParameters(params: QueryParameters): void {
  neo4jParams(params);
}
