import type { FastifyInstance, FastifyReply } from "fastify";
import type { Driver } from "neo4j-driver";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import type { AuthConfig } from "../access-config";
import {
  SIGN_IN_REQUIRED_CODE,
  type Role,
  type SessionAnswer,
} from "../../domain/wire/session-api-types";
import { ApiError } from "../query/query-errors";
import { SessionStore } from "./session-store";
import type { AuditLog } from "./audit-log";
import { identityOf, signInBodySchema, type SignInBody } from "./sign-in-credentials";
import { runAsNeo4jUser } from "../neo4j/signed-in-driver";

declare module "fastify" {
  interface FastifyRequest {
    /** Who sent the request: an editor when the server has no sign-in. */
    ownergraphRole: Role;
    /** The signed-in Neo4j user (OWNERGRAPH_AUTH=neo4j); null otherwise. */
    ownergraphUser: string | null;
  }
}

export const SESSION_COOKIE = "ownergraph_session";

/** API paths anyone may call: the sign-in itself, and health for load balancers. */
const OPEN_API_PATHS = new Set(["/api/session", "/api/sign-in", "/api/sign-out", "/api/health"]);

/** Per client address, per minute. */
const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

/**
 * Sign-in with a shared access token, POST /api/sign-in { token }, or with a Neo4j user,
 * { user, password } (checked by Neo4j; every query of the session then runs under those
 * credentials, see neo4j/signed-in-driver.ts). Either is exchanged for an HttpOnly,
 * SameSite=Strict session cookie (Secure over HTTPS) that expires; POST /api/sign-out ends it;
 * GET /api/session says who is signed in. Every other API path answers 401 without a session.
 * The page itself (HTML, scripts) is served to anyone, so it can show the sign-in form.
 */
export async function registerSignIn(
  app: FastifyInstance,
  auth: AuthConfig,
  audit: AuditLog,
  neo4jServer: { driver: Driver; database: string | undefined },
): Promise<void> {
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        "Ownergraph.TooManySignIns",
        `Too many sign-in attempts from this address: try again in ${context.after}.`,
      ),
  });
  app.decorateRequest("ownergraphRole", "editor");
  app.decorateRequest("ownergraphUser", null);

  if (auth.mode === "none") {
    app.get("/api/session", async (): Promise<SessionAnswer> => ({
      auth: "none",
      signedIn: true,
      role: "editor",
      user: null,
      expiresAt: null,
    }));
    return;
  }

  const sessions = new SessionStore(auth.sessionHours * 3_600_000);
  app.addHook("onRequest", async (request) => {
    const path = request.routeOptions.url ?? request.url;
    if (!path.startsWith("/api/") || OPEN_API_PATHS.has(path)) return;
    const session = sessions.find(request.cookies[SESSION_COOKIE]);
    if (!session) {
      throw new ApiError(
        401,
        SIGN_IN_REQUIRED_CODE,
        auth.mode === "neo4j"
          ? "Sign in first: open Ownergraph's page and enter your Neo4j user name and password."
          : "Sign in first: open Ownergraph's page and enter the access token your administrator gave you.",
      );
    }
    request.ownergraphRole = session.role;
    request.ownergraphUser = session.user;
  });
  // Every query of a Neo4j user's request runs under their credentials. Set after the body is
  // read (preValidation), so the handler runs inside it whatever the request carries.
  app.addHook("preValidation", (request, _reply, done) => {
    const neo4jAuth = sessions.find(request.cookies[SESSION_COOKIE])?.neo4jAuth;
    if (neo4jAuth) runAsNeo4jUser(neo4jAuth, done);
    else done();
  });

  app.get("/api/session", async (request): Promise<SessionAnswer> => {
    const session = sessions.find(request.cookies[SESSION_COOKIE]);
    return {
      auth: auth.mode,
      signedIn: session !== null,
      role: session?.role ?? null,
      user: session?.user ?? null,
      expiresAt: session ? new Date(session.expiresAt).toISOString() : null,
    };
  });

  app.post(
    "/api/sign-in",
    {
      config: { rateLimit: { max: SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: { body: signInBodySchema(auth.mode) },
    },
    async (request, reply): Promise<SessionAnswer> => {
      const body = request.body as SignInBody;
      const identity = await identityOf(auth, body, neo4jServer.driver, neo4jServer.database);
      const user = "user" in body ? body.user : null;
      audit.record(
        request,
        { event: "sign-in", outcome: identity ? "ok" : "refused", ...(user !== null && { user }) },
        identity?.role ?? "reader",
      );
      if (identity === null) {
        throw auth.mode === "neo4j"
          ? new ApiError(
              401,
              "Ownergraph.WrongNeo4jCredentials",
              "Neo4j does not accept that user name and password. Check them with whoever runs the database.",
            )
          : new ApiError(
              401,
              "Ownergraph.WrongAccessToken",
              "That access token is not right. Check it with whoever runs this server.",
            );
      }
      sessions.end(request.cookies[SESSION_COOKIE]);
      const { id, session } = sessions.create(identity);
      setSessionCookie(reply, id, session.expiresAt);
      return {
        auth: auth.mode,
        signedIn: true,
        role: identity.role,
        user: identity.user,
        expiresAt: new Date(session.expiresAt).toISOString(),
      };
    },
  );

  app.post("/api/sign-out", async (request, reply): Promise<SessionAnswer> => {
    const session = sessions.find(request.cookies[SESSION_COOKIE]);
    if (session) {
      const user = session.user;
      audit.record(request, { event: "sign-out", ...(user !== null && { user }) }, session.role);
    }
    sessions.end(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { auth: auth.mode, signedIn: false, role: null, user: null, expiresAt: null };
  });
}

function setSessionCookie(reply: FastifyReply, id: string, expiresAt: number): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: "auto",
    expires: new Date(expiresAt),
  });
}
