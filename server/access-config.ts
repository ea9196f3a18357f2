import { randomBytes } from "node:crypto";
import { parseAllowedHosts, type AllowedHosts } from "./http/host-allow-list";

/** Thrown when the access settings would open the server wider than intended. */
export class AccessConfigError extends Error {
  override readonly name = "AccessConfigError";
}

export type AuthConfig =
  | { mode: "none" }
  | {
      mode: "token";
      /** Signs in as a reader: explore, read-only console, export. */
      readerToken: string;
      /** Signs in as an editor (the console writes where OWNERGRAPH_ALLOW_WRITES is on). */
      editorToken: string | undefined;
      /** True when no token was given and one was generated: print it once at start. */
      generated: boolean;
      sessionHours: number;
    }
  | {
      mode: "neo4j";
      /**
       * Neo4j user names that sign in as editors (OWNERGRAPH_EDITORS); everyone else reads.
       * Unset: Neo4j's own roles decide (server/neo4j/neo4j-user-role.ts).
       */
      editors: ReadonlySet<string> | undefined;
      sessionHours: number;
    };

export interface AccessConfig {
  allowedHosts: AllowedHosts;
  auth: AuthConfig;
  /** Behind a reverse proxy: trust its X-Forwarded-For / -Proto / -Host (OWNERGRAPH_TRUST_PROXY). */
  trustProxy: boolean;
  /** OWNERGRAPH_AUDIT_LOG: the file the audit log is appended to; unset, no audit log. */
  auditLogFile: string | undefined;
}

type Env = Record<string, string | undefined>;

const MIN_TOKEN_LENGTH = 16;

/** True for the addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i.test(host);
}

function readToken(env: Env, name: string): string | undefined {
  const token = env[name];
  if (token === undefined || token === "") return undefined;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new AccessConfigError(
      `${name} is ${token.length} characters long; use at least ${MIN_TOKEN_LENGTH} (e.g. the output of \`openssl rand -base64 24\`).`,
    );
  }
  return token;
}

function readSessionHours(env: Env): number {
  const raw = env.OWNERGRAPH_SESSION_HOURS;
  if (raw === undefined || raw === "") return 12;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new AccessConfigError(
      `OWNERGRAPH_SESSION_HOURS="${raw}" must be a number of hours above 0 and at most 720.`,
    );
  }
  return hours;
}

/**
 * OWNERGRAPH_EDITORS: Neo4j user names, comma-separated, that sign in as editors; undefined when
 * it is not set, so that Neo4j's own roles decide.
 */
function readEditors(env: Env): ReadonlySet<string> | undefined {
  const raw = env.OWNERGRAPH_EDITORS;
  if (raw === undefined || raw.trim() === "") return undefined;
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return new Set(names);
}

/**
 * Who may reach the server and how they sign in: OWNERGRAPH_ALLOWED_HOSTS, OWNERGRAPH_AUTH,
 * OWNERGRAPH_ACCESS_TOKEN, OWNERGRAPH_EDITOR_TOKEN, OWNERGRAPH_SESSION_HOURS. Listening beyond
 * loopback without a sign-in is refused here, with how to configure one. OWNERGRAPH_TRUST_PROXY
 * says a reverse proxy in front sets the X-Forwarded-* headers.
 */
export function readAccessConfig(env: Env, host: string): AccessConfig {
  const allowedHosts = parseAllowedHosts(env.OWNERGRAPH_ALLOWED_HOSTS);
  if (allowedHosts instanceof Error) throw new AccessConfigError(allowedHosts.message);
  const trustProxy = /^(1|true|yes|on)$/i.test(env.OWNERGRAPH_TRUST_PROXY ?? "");
  const auditLogFile = env.OWNERGRAPH_AUDIT_LOG || undefined;
  const requested = (env.OWNERGRAPH_AUTH ?? "").toLowerCase();
  if (requested !== "" && requested !== "none" && requested !== "token" && requested !== "neo4j") {
    throw new AccessConfigError(
      `OWNERGRAPH_AUTH="${env.OWNERGRAPH_AUTH}" must be "token" (a shared access token), "neo4j" (Neo4j users) or "none".`,
    );
  }
  if (requested === "neo4j") {
    return {
      allowedHosts,
      trustProxy,
      auditLogFile,
      auth: { mode: "neo4j", editors: readEditors(env), sessionHours: readSessionHours(env) },
    };
  }
  const readerToken = readToken(env, "OWNERGRAPH_ACCESS_TOKEN");
  const editorToken = readToken(env, "OWNERGRAPH_EDITOR_TOKEN");
  if (editorToken !== undefined && editorToken === readerToken) {
    throw new AccessConfigError(
      "OWNERGRAPH_EDITOR_TOKEN must differ from OWNERGRAPH_ACCESS_TOKEN, or readers would be editors.",
    );
  }
  const wantsToken =
    requested === "token" || (requested === "" && (readerToken ?? editorToken) !== undefined);
  if (!wantsToken) {
    if (!isLoopbackHost(host)) {
      throw new AccessConfigError(
        `HOST=${host} would open Ownergraph to the network with no sign-in, so the server does not start. ` +
          "Either set OWNERGRAPH_AUTH=neo4j (people sign in with their Neo4j user; OWNERGRAPH_EDITORS names the editors), or OWNERGRAPH_AUTH=token (a shared access token is generated and printed once; or give your own, " +
          "at least 16 characters, in OWNERGRAPH_ACCESS_TOKEN, and OWNERGRAPH_EDITOR_TOKEN for editors) and " +
          "OWNERGRAPH_ALLOWED_HOSTS to the host names people will type, or listen on HOST=127.0.0.1.",
      );
    }
    return { allowedHosts, auth: { mode: "none" }, trustProxy, auditLogFile };
  }
  return {
    allowedHosts,
    trustProxy,
    auditLogFile,
    auth: {
      mode: "token",
      readerToken: readerToken ?? randomBytes(24).toString("base64url"),
      editorToken,
      generated: readerToken === undefined,
      sessionHours: readSessionHours(env),
    },
  };
}
