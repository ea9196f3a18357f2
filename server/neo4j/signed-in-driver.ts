import { AsyncLocalStorage } from "node:async_hooks";
import type { AuthToken, Driver } from "neo4j-driver";

/**
 * Queries under the signed-in person's own Neo4j credentials (OWNERGRAPH_AUTH=neo4j). The HTTP
 * layer runs each request of a Neo4j-user session inside `runAsNeo4jUser`; the driver that
 * `signedInDriver` wraps then opens every session and `executeQuery` of that request with the
 * person's credentials (the driver's session-level auth: one connection pool, re-authenticated
 * per session), so Neo4j's own users and roles decide what each person may read and write.
 * Outside such a request (health checks, start-up) the server's own credentials are used.
 */

const currentAuth = new AsyncLocalStorage<AuthToken>();

export function runAsNeo4jUser(auth: AuthToken, run: () => void): void {
  currentAuth.run(auth, run);
}

export function signedInDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (config: Parameters<Driver["session"]>[0] = {}) =>
          target.session({ ...config, auth: currentAuth.getStore() ?? config.auth });
      }
      if (property === "executeQuery") {
        return (...[query, params, config]: Parameters<Driver["executeQuery"]>) =>
          target.executeQuery(query, params, {
            ...config,
            auth: currentAuth.getStore() ?? config?.auth,
          });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
