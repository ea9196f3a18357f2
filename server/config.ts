import { fileURLToPath } from "node:url";
import path from "node:path";
import { readAccessConfig, type AccessConfig } from "./access-config";
import { readTlsConfig, type TlsConfig } from "./tls-config";

/** Thrown when an environment variable has a value the app cannot use. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

export interface ExternalNeo4jConfig {
  kind: "external";
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface EmbeddedNeo4jConfig {
  kind: "embedded";
  dataDir: string;
  boltPort: number | undefined;
  heap: string;
  pageCache: string;
  password: string | undefined;
}

export interface QueryLimits {
  timeoutMs: number;
  maxRows: number;
  maxGraphElements: number;
  allowWrites: boolean;
}

export interface AppConfig {
  host: string;
  port: number;
  neo4j: ExternalNeo4jConfig | EmbeddedNeo4jConfig;
  limits: QueryLimits;
  /** Allowed host names and sign-in (server/access-config.ts). */
  access: AccessConfig;
  /** OWNERGRAPH_IMPORT_MAX_MB: the largest upload POST /api/datasets accepts. */
  importMaxBytes: number;
  /** HTTPS from OWNERGRAPH_TLS_CERT / OWNERGRAPH_TLS_KEY; undefined: plain HTTP. */
  tls: TlsConfig | undefined;
  staticDir: string;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_PORT = 7400;
/** The embedded Neo4j's heap unless OWNERGRAPH_NEO4J_HEAP says otherwise. */
export const DEFAULT_NEO4J_HEAP = "1g";

/** Reads the whole configuration from the environment; see the README's Configuration table. */
export function loadConfig(env: Env = process.env): AppConfig {
  const host = env.HOST || "127.0.0.1";
  return {
    host,
    port: readInt(env, "PORT", DEFAULT_PORT, 0, 65535),
    neo4j: readNeo4jConfig(env),
    limits: readQueryLimits(env),
    access: readAccessConfig(env, host),
    importMaxBytes: readInt(env, "OWNERGRAPH_IMPORT_MAX_MB", 2048, 1, 1_000_000) * 1024 * 1024,
    tls: readTlsConfig(env, PROJECT_ROOT),
    staticDir: path.join(PROJECT_ROOT, "dist", "app"),
  };
}

export function readQueryLimits(env: Env = process.env): QueryLimits {
  return {
    timeoutMs: readInt(env, "OWNERGRAPH_QUERY_TIMEOUT_MS", 10_000, 100, 3_600_000),
    maxRows: readInt(env, "OWNERGRAPH_MAX_ROWS", 5_000, 1, 10_000_000),
    maxGraphElements: readInt(env, "OWNERGRAPH_MAX_GRAPH_ELEMENTS", 20_000, 1, 10_000_000),
    allowWrites: readBool(env, "OWNERGRAPH_ALLOW_WRITES", false),
  };
}

function readNeo4jConfig(env: Env): ExternalNeo4jConfig | EmbeddedNeo4jConfig {
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI "${uri}" is not a Neo4j URI: use neo4j://, neo4j+s://, bolt:// or bolt+s://.`,
      );
    }
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigError(
        "NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USERNAME unless it is neo4j).",
      );
    }
    return {
      kind: "external",
      uri,
      username: env.NEO4J_USERNAME || "neo4j",
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  const rawPort = env.OWNERGRAPH_NEO4J_BOLT_PORT;
  return {
    kind: "embedded",
    dataDir: path.resolve(PROJECT_ROOT, env.OWNERGRAPH_NEO4J_DIR || ".neo4j"),
    boltPort: rawPort ? readInt(env, "OWNERGRAPH_NEO4J_BOLT_PORT", 7687, 1, 65535) : undefined,
    heap: readSize(env, "OWNERGRAPH_NEO4J_HEAP", DEFAULT_NEO4J_HEAP),
    pageCache: readSize(env, "OWNERGRAPH_NEO4J_PAGECACHE", "512m"),
    password: env.NEO4J_PASSWORD || undefined,
  };
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name}="${raw}" must be true or false.`);
}

function readSize(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) {
    throw new ConfigError(`${name}="${raw}" must be a size such as 512m or 2g.`);
  }
  return raw.toLowerCase();
}
