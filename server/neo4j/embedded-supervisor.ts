import type { EmbeddedNeo4jConfig } from "../config";
import { startEmbeddedNeo4j, type JvmExit, type RunningNeo4j } from "./embedded-neo4j";
import type { Neo4jHealth } from "./neo4j-health";

/** The embedded Neo4j under supervision: started again, on the same port, whenever it dies. */
export interface SupervisedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** The JVM running now, or null between a crash and the restart. */
  current(): RunningNeo4j | null;
  /** Stops supervising, then shuts the database down cleanly. */
  stop(): Promise<void>;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A JVM that stayed up this long counts as healthy: the next crash starts the backoff afresh. */
const STABLE_AFTER_MS = 60_000;

/** 1 s, 2 s, 4 s, ... at most 30 s before restart number `attempt`. */
export function restartDelayMs(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}

function describeExit(exit: JvmExit): string {
  return exit.signal
    ? `its JVM was killed by ${exit.signal}`
    : `its JVM exited with code ${exit.code}`;
}

/**
 * Starts the embedded Neo4j and keeps it alive: when the JVM dies, the log and the health say
 * so, and it is started again with backoff on the same data folder and Bolt port, so the one
 * driver reconnects by itself. No manual restart is needed.
 */
export async function superviseEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  health: Neo4jHealth,
  log: (line: string) => void,
): Promise<SupervisedNeo4j> {
  const first = await startEmbeddedNeo4j(config, log);
  const restartConfig: EmbeddedNeo4jConfig = { ...config, boltPort: first.port };
  let running: RunningNeo4j | null = first;
  let stopping = false;
  let attempt = 0;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const scheduleRestart = (reason: string) => {
    attempt += 1;
    const delay = restartDelayMs(attempt);
    log(
      `Embedded Neo4j stopped: ${reason}. Restarting it in ${delay / 1000} s (attempt ${attempt})…`,
    );
    health.reportRestarting(attempt, reason);
    timer = setTimeout(() => void restart(), delay);
  };

  const restart = async () => {
    let next: RunningNeo4j;
    try {
      next = await startEmbeddedNeo4j(restartConfig, log);
    } catch (error) {
      if (stopping) return;
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      scheduleRestart(`the restart failed (${message})`);
      return;
    }
    if (stopping) {
      await next.stop();
      return;
    }
    log(`Embedded Neo4j is back at ${next.uri} after ${attempt} restart attempt(s).`);
    running = next;
    startedAt = Date.now();
    watch(next);
    health.reportRestarted();
  };

  const watch = (instance: RunningNeo4j) => {
    void instance.exited.then((exit) => {
      if (stopping || running !== instance) return;
      running = null;
      if (Date.now() - startedAt > STABLE_AFTER_MS) attempt = 0;
      scheduleRestart(describeExit(exit));
    });
  };
  watch(first);

  return {
    uri: first.uri,
    username: first.username,
    password: first.password,
    database: first.database,
    current: () => running,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await running?.stop();
    },
  };
}
