import neo4j, { type Driver } from "neo4j-driver";
import type { AppConfig } from "../config";
import type { RunningNeo4j } from "./embedded-neo4j";
import { superviseEmbeddedNeo4j } from "./embedded-supervisor";
import { Neo4jHealth } from "./neo4j-health";

/** Where the app's one driver points, and how to let go of it. */
export interface Neo4jConnection {
  driver: Driver;
  database: string | undefined;
  uri: string;
  embedded: boolean;
  /** What the server knows of Neo4j's health; the HTTP server watches it (see app.ts). */
  health: Neo4jHealth;
  /**
   * A driver with one connection of its own for the health check, so requests that fill the
   * app's pool under load do not hold the check up and make a busy Neo4j look gone.
   */
  healthDriver: Driver;
  /** The embedded Neo4j's JVM running now (null while it restarts, or for NEO4J_URI). */
  embeddedProcess(): RunningNeo4j | null;
  close(): Promise<void>;
}

export interface Neo4jCredentials {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/**
 * Connections the app's driver may hold: above the load a team puts on it (the load run's 50
 * clients, some of whose requests run two queries at once), so requests do not queue for a
 * connection while Neo4j has room to answer.
 */
const REQUEST_POOL_SIZE = 100;

export function createDriver(
  credentials: Neo4jCredentials,
  poolSize: number = REQUEST_POOL_SIZE,
): Driver {
  return neo4j.driver(
    credentials.uri,
    neo4j.auth.basic(credentials.username, credentials.password),
    {
      // Integers come back as neo4j Integer objects; server/query/neo4j-values.ts turns them into
      // numbers when safe and into exact decimal strings when not, so nothing is rounded.
      disableLosslessIntegers: false,
      maxConnectionPoolSize: poolSize,
      // Deadlines, so a Neo4j that is paused or gone cannot hold a request forever: opening a
      // connection (TCP and Bolt handshake), and waiting for one from the pool.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 8_000,
      userAgent: "ownergraph/0.1",
    },
  );
}

/**
 * Connects to the Neo4j named by NEO4J_URI, or starts the embedded one. Waits until the
 * database answers, so the caller can apply the schema right away.
 */
export async function connectNeo4j(
  config: AppConfig,
  log: (line: string) => void = (line) => console.info(line),
): Promise<Neo4jConnection> {
  const neo4jConfig = config.neo4j;
  const health = new Neo4jHealth();
  if (neo4jConfig.kind === "external") {
    const driver = createDriver(neo4jConfig);
    const healthDriver = createDriver(neo4jConfig, 1);
    await waitForConnectivity(driver, neo4jConfig.uri);
    log(`Connected to Neo4j at ${neo4jConfig.uri}.`);
    return {
      driver,
      database: neo4jConfig.database,
      uri: neo4jConfig.uri,
      embedded: false,
      health,
      healthDriver,
      embeddedProcess: () => null,
      async close() {
        await healthDriver.close();
        await driver.close();
      },
    };
  }
  const running = await superviseEmbeddedNeo4j(neo4jConfig, health, log);
  const driver = createDriver(running);
  const healthDriver = createDriver(running, 1);
  try {
    await waitForConnectivity(driver, running.uri);
  } catch (error) {
    await healthDriver.close();
    await driver.close();
    await running.stop();
    throw error;
  }
  return {
    driver,
    database: running.database,
    uri: running.uri,
    embedded: true,
    health,
    healthDriver,
    embeddedProcess: () => running.current(),
    async close() {
      await healthDriver.close();
      await driver.close();
      await running.stop();
    },
  };
}

async function waitForConnectivity(driver: Driver, uri: string, attempts = 30): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/authentication|unauthorized|credentials/i.test(message)) {
        throw new Error(
          `Neo4j at ${uri} refused the credentials: ${message}. Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
          { cause: error },
        );
      }
      if (attempt >= attempts) {
        throw new Error(`Neo4j at ${uri} did not answer after ${attempts} tries: ${message}`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
