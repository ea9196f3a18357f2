import type { AppConfig } from "./config";
import { isLoopbackHost } from "./access-config";

/** The line `npm start` prints once listening: the real address, who can reach it, the modes. */
export function startLine(config: AppConfig, port: number, neo4jUri: string): string {
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const wildcard = config.host === "0.0.0.0" || config.host === "::";
  const reach = isLoopbackHost(config.host)
    ? "this machine only"
    : wildcard
      ? "every network interface"
      : "the network";
  const auth = config.access.auth;
  const signIn =
    auth.mode === "none"
      ? "no sign-in"
      : auth.mode === "neo4j"
        ? `sign-in with Neo4j users (${
            auth.editors
              ? `${auth.editors.size} editor${auth.editors.size === 1 ? "" : "s"} named`
              : "editors by their Neo4j roles"
          })`
        : `sign-in with a shared access token${auth.editorToken ? " (reader and editor)" : " (readers)"}`;
  const console = config.limits.allowWrites ? "read-write" : "read-only";
  const scheme = config.tls ? "https" : "http";
  return `Ownergraph is running at ${scheme}://${host}:${port}/ (${reach}; ${signIn}; ${console} console; Neo4j: ${neo4jUri})`;
}
