import { existsSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import Fastify, { type FastifyInstance, type FastifyServerFactory } from "fastify";
import fastifyStatic from "@fastify/static";
import type { Driver } from "neo4j-driver";
import type { QueryLimits } from "./config";
import {
  registerErrorReplies,
  replyToClientError,
  replyToFrameworkError,
} from "./http/error-replies";
import { registerJsonLimits } from "./http/json-limits";
import { registerHealthRoute } from "./routes/health-route";
import { registerCypherRoute } from "./routes/cypher-route";
import { registerExamplesRoute, registerSchemaInfoRoute } from "./routes/console-info-routes";
import { registerOverviewRoute } from "./routes/overview-route";
import { registerExplorerSearchRoute } from "./routes/explorer-search-route";
import { registerExplorerEntitiesRoute } from "./routes/explorer-entities-route";
import { registerExplorerNeighboursRoute } from "./routes/explorer-neighbours-route";
import { registerExplorerChainRoutes } from "./routes/explorer-chain-routes";
import { registerExplorerPathRoute } from "./routes/explorer-path-route";
import { registerExplorerChangesRoute } from "./routes/explorer-changes-route";
import { registerExplorerTimelineRoute } from "./routes/explorer-timeline-route";
import { registerExportRoute } from "./routes/export-route";
import { createExportService } from "./services/export-service";
import { createImportService } from "./services/import-service";
import { registerDatasetSummaryRoute } from "./routes/dataset-summary-route";
import { registerDatasetRoutes } from "./routes/dataset-routes";
import { Neo4jHealth } from "./neo4j/neo4j-health";
import { registerNeo4jGate } from "./http/neo4j-gate";
import { registerRequestGuards } from "./http/request-guards";
import { registerSecurityHeaders } from "./http/security-headers";
import type { AllowedHosts } from "./http/host-allow-list";
import { registerSignIn } from "./http/sign-in";
import { AuditLog } from "./http/audit-log";
import type { AuthConfig } from "./access-config";
import type { TlsConfig } from "./tls-config";
import { signedInDriver } from "./neo4j/signed-in-driver";

export interface AppDependencies {
  driver: Driver;
  database: string | undefined;
  limits: QueryLimits;
  /** Neo4j's health, shared with the embedded Neo4j's supervisor; a fresh one when absent. */
  health?: Neo4jHealth;
  /**
   * The driver the health check uses: one of its own (Neo4jConnection.healthDriver), so that
   * requests filling `driver`'s pool do not make a busy Neo4j look gone; `driver` when absent.
   */
  healthDriver?: Driver;
  /** Host names besides the loopback ones (OWNERGRAPH_ALLOWED_HOSTS); none when absent. */
  allowedHosts?: AllowedHosts;
  /** Sign-in (server/access-config.ts); none when absent. */
  auth?: AuthConfig;
  /** Where the audit log (JSON lines) goes; none when absent. */
  auditLogFile?: string;
  /** Trust X-Forwarded-For / -Proto / -Host from a reverse proxy in front (TLS there). */
  trustProxy?: boolean;
  /** The largest upload POST /api/datasets accepts; 2 GiB when absent. */
  importMaxBytes?: number;
  /** Answer HTTPS with this certificate and key (OWNERGRAPH_TLS_CERT / _KEY); plain HTTP when absent. */
  tls?: TlsConfig;
  /** The built front end (dist/app); absent in API-only tests. */
  staticDir?: string;
  logger?: boolean;
}

/** The HTTP server: the built app at /, the JSON API under /api. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  // HTTPS through Node's own server: Fastify's handlers, cookies (Secure) and request.protocol
  // then see an encrypted socket. https.Server is an http.Server to Fastify's types.
  const tls = deps.tls;
  const serverFactory: FastifyServerFactory | undefined =
    tls && ((handler) => createHttpsServer({ cert: tls.cert, key: tls.key }, handler));
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 5 * 1024 * 1024,
    // Route schemas (http/request-schemas.ts) refuse what they do not declare: Ajv must not
    // quietly drop unknown fields or turn a number into text.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allowUnionTypes: true } },
    trustProxy: deps.trustProxy ?? false,
    frameworkErrors: replyToFrameworkError,
    clientErrorHandler: replyToClientError,
    ...(serverFactory && { serverFactory }),
  });

  registerErrorReplies(app);
  registerJsonLimits(app);
  registerRequestGuards(app, deps.allowedHosts ?? []);
  await registerSecurityHeaders(app, deps.tls !== undefined);
  const audit = new AuditLog(deps.auditLogFile);
  app.addHook("onClose", () => audit.close());
  const auth = deps.auth ?? { mode: "none" };
  await registerSignIn(app, auth, audit, deps);
  // With Neo4j users, every route's query runs under the signed-in person's credentials; the
  // health checks and sign-in checks keep the server's own.
  const driver = auth.mode === "neo4j" ? signedInDriver(deps.driver) : deps.driver;
  const db = { ...deps, driver };
  const health = deps.health ?? new Neo4jHealth();
  health.watch(deps.healthDriver ?? deps.driver, deps.database);
  app.addHook("onClose", async () => health.stop());
  registerNeo4jGate(app, health);
  registerHealthRoute(app, health);
  registerCypherRoute(app, driver, deps.database, deps.limits, audit);
  registerSchemaInfoRoute(app, driver, deps.database);
  registerExamplesRoute(app);
  registerOverviewRoute(app, driver, deps.database);
  registerDatasetSummaryRoute(app, driver, deps.database);
  registerExplorerSearchRoute(app, db);
  registerExplorerEntitiesRoute(app, db);
  registerExplorerNeighboursRoute(app, db);
  registerExplorerChainRoutes(app, db);
  registerExplorerPathRoute(app, db);
  registerExplorerChangesRoute(app, db);
  registerExplorerTimelineRoute(app, db);
  registerExportRoute(app, createExportService(db));
  await registerDatasetRoutes(app, createImportService(driver, deps.database), audit, {
    maxUploadBytes: deps.importMaxBytes ?? 2 * 1024 * 1024 * 1024,
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.code(404).send({
        error: {
          code: "Ownergraph.NotFound",
          message: `No API endpoint ${request.method} ${request.url}.`,
        },
      });
    }
    // Client-side routes fall back to the single page.
    if (deps.staticDir && existsSync(deps.staticDir)) return reply.sendFile("index.html");
    return reply.code(404).send("The front end is not built: run `npm run build`.");
  });

  if (deps.staticDir && existsSync(deps.staticDir)) {
    await app.register(fastifyStatic, { root: deps.staticDir, index: "index.html" });
  }
  return app;
}
