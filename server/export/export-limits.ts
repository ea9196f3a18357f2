import type { ExportSizeCaps } from "../../domain/export";
import { ConfigError } from "../config";

/**
 * How large an export may be. Data formats (GraphML, GEXF, JSON, CSV, Cypher) stream and take
 * large graphs; pictures and reports (SVG, PNG, HTML, PDF) are drawn and printed, so their cap
 * is lower. Both can be raised through the environment.
 */
export interface ExportLimits {
  data: ExportSizeCaps;
  picture: ExportSizeCaps;
  /** Transaction timeout of the query an export runs. */
  timeoutMs: number;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  data: { maxNodes: 200_000, maxEdges: 500_000 },
  picture: { maxNodes: 5_000, maxEdges: 10_000 },
  timeoutMs: 60_000,
};

export function readExportLimits(env: Env = process.env): ExportLimits {
  const fallback = DEFAULT_EXPORT_LIMITS;
  return {
    data: {
      maxNodes: readCount(env, "OWNERGRAPH_EXPORT_MAX_NODES", fallback.data.maxNodes),
      maxEdges: readCount(env, "OWNERGRAPH_EXPORT_MAX_RELATIONSHIPS", fallback.data.maxEdges),
    },
    picture: {
      maxNodes: readCount(env, "OWNERGRAPH_REPORT_MAX_NODES", fallback.picture.maxNodes),
      maxEdges: readCount(env, "OWNERGRAPH_REPORT_MAX_RELATIONSHIPS", fallback.picture.maxEdges),
    },
    timeoutMs: readCount(env, "OWNERGRAPH_EXPORT_TIMEOUT_MS", fallback.timeoutMs),
  };
}

function readCount(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`${name}="${raw}" must be a whole number of at least 1.`);
  }
  return value;
}
