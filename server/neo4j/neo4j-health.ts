import type { Driver } from "neo4j-driver";
import { ApiError } from "../query/query-errors";
import { readServerInfo, type ServerInfo } from "./server-info";

/** What the server knows of its Neo4j right now. */
export type Neo4jState =
  | { kind: "up" }
  /** A health check has waited longer than its deadline (paused, overloaded, network gone). */
  | { kind: "unresponsive"; since: number }
  /** The last health check failed at once (refused, broken connection, wrong credentials). */
  | { kind: "unreachable"; since: number; reason: string }
  /** The embedded Neo4j stopped and the supervisor is starting it again. */
  | { kind: "restarting"; since: number; attempt: number; reason: string };

export const UNAVAILABLE_CODE = "Ownergraph.Neo4jUnavailable";

export const HEALTH_DEADLINE_MS = 4_000;
const PROBE_INTERVAL_MS = 2_000;
/** A request in flight is given up once a check has waited this long: the request's deadline. */
const PROBE_DEADLINE_MS = 5_000;

/** Thrown when Neo4j does not answer within a deadline. */
export class Neo4jDeadlineError extends Error {
  override readonly name = "Neo4jDeadlineError";
}

/** Resolves as `work` does, or rejects with Neo4jDeadlineError after `ms`. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Neo4jDeadlineError(`${what} did not answer within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function secondsSince(since: number): string {
  return `${Math.max(1, Math.round((Date.now() - since) / 1000))} s`;
}

/** The sentence a user reads for a state other than "up". */
export function describeState(state: Neo4jState): string {
  switch (state.kind) {
    case "up":
      return "Neo4j answers.";
    case "unresponsive":
      return `Neo4j is not available right now: it has not answered for ${secondsSince(state.since)} (paused, overloaded or cut off). The server keeps checking every ${PROBE_INTERVAL_MS / 1000} s; try again when /api/health says "ok".`;
    case "unreachable":
      return `Neo4j is not available right now: it cannot be reached (${state.reason}). The server keeps checking every ${PROBE_INTERVAL_MS / 1000} s; try again when /api/health says "ok".`;
    case "restarting":
      return `Neo4j is not available right now: it stopped (${state.reason}) and is being restarted (attempt ${state.attempt}, ${secondsSince(state.since)} so far). Try again in a moment.`;
  }
}

/**
 * Neo4j's health as the server sees it: fed by a check every 2 s (one at a time, so a paused
 * database does not collect hung checks) and by the embedded Neo4j's supervisor. Listeners hear
 * every change, so requests in flight can be answered when Neo4j stops answering.
 */
export class Neo4jHealth {
  private current: Neo4jState = { kind: "up" };
  private readonly listeners = new Set<(state: Neo4jState) => void>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private stopped = false;
  private check: (() => Promise<ServerInfo>) | undefined;

  get state(): Neo4jState {
    return this.current;
  }

  onChange(listener: (state: Neo4jState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A 503 to answer with while Neo4j is known not to answer; null when it is up. */
  unavailableError(): ApiError | null {
    if (this.current.kind === "up") return null;
    return new ApiError(503, UNAVAILABLE_CODE, describeState(this.current));
  }

  reportRestarting(attempt: number, reason: string): void {
    const since = this.current.kind === "restarting" ? this.current.since : Date.now();
    this.set({ kind: "restarting", since, attempt, reason });
  }

  /** The supervisor has a new JVM; the next check says whether the driver reaches it. */
  reportRestarted(): void {
    this.set({ kind: "unreachable", since: Date.now(), reason: "restarted, not checked yet" });
    void this.probe();
  }

  /** Starts the periodic check; it stops with stop(). */
  watch(driver: Driver, database: string | undefined): void {
    this.check = () => readServerInfo(driver, database);
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      void this.probe();
      this.timer = setTimeout(tick, PROBE_INTERVAL_MS);
    };
    tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One check with the health route's deadline; reports what it found. */
  async checkNow(): Promise<ServerInfo> {
    if (!this.check) throw new Error("Neo4jHealth.watch was not called.");
    return this.record(withDeadline(this.check(), HEALTH_DEADLINE_MS, "Neo4j"));
  }

  private async probe(): Promise<void> {
    if (this.probing || !this.check) return;
    this.probing = true;
    const overdue = setTimeout(() => {
      if (this.current.kind !== "restarting") this.set({ kind: "unresponsive", since: Date.now() });
    }, PROBE_DEADLINE_MS);
    try {
      await this.record(this.check());
    } catch {
      // Recorded as the state; the next tick checks again.
    } finally {
      clearTimeout(overdue);
      this.probing = false;
    }
  }

  private async record(pending: Promise<ServerInfo>): Promise<ServerInfo> {
    try {
      const info = await pending;
      if (this.current.kind !== "restarting") this.set({ kind: "up" });
      return info;
    } catch (error) {
      if (this.current.kind !== "restarting") {
        if (error instanceof Neo4jDeadlineError) {
          if (this.current.kind !== "unresponsive") {
            this.set({ kind: "unresponsive", since: Date.now() });
          }
        } else {
          const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
          this.set({ kind: "unreachable", since: Date.now(), reason: reason ?? "unknown" });
        }
      }
      throw error;
    }
  }

  private set(state: Neo4jState): void {
    const changed = state.kind !== this.current.kind;
    this.current = state;
    if (changed) for (const listener of this.listeners) listener(state);
  }
}
