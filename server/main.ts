import { loadConfig } from "./config";
import { prepareDatabase } from "./boot";
import { buildApp } from "./app";
import { describeState } from "./neo4j/neo4j-health";
import { startLine } from "./start-line";

// `npm start`: Neo4j (embedded unless NEO4J_URI is set), schema, seed, then the HTTP server.
async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await prepareDatabase(config);
  connection.health.onChange((state) =>
    state.kind === "up" ? console.info("Neo4j answers again.") : console.warn(describeState(state)),
  );
  const app = await buildApp({
    driver: connection.driver,
    database: connection.database,
    health: connection.health,
    healthDriver: connection.healthDriver,
    allowedHosts: config.access.allowedHosts,
    auth: config.access.auth,
    trustProxy: config.access.trustProxy,
    auditLogFile: config.access.auditLogFile,
    limits: config.limits,
    importMaxBytes: config.importMaxBytes,
    staticDir: config.staticDir,
    ...(config.tls && { tls: config.tls }),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping the server and Neo4j…`);
    await app.close();
    await connection.close();
    console.info("Stopped cleanly.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await connection.close();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not listen on ${config.host}:${config.port} (${message}). Set PORT to a free port.`,
      { cause: error },
    );
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.info(startLine(config, port, connection.uri));
  const auth = config.access.auth;
  if (auth.mode === "token" && auth.generated) {
    console.info(
      `Access token (shown once; set OWNERGRAPH_ACCESS_TOKEN to choose your own): ${auth.readerToken}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
