import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import type { AuthConfig, Role } from "../access-config";
import { ApiError } from "../query/query-errors";
import { SessionStore } from "./session-store";
import type { AuditLog } from "./audit-log";

declare module "fastify" {
  interface FastifyRequest {
    /** Who sent the request: an editor when the server has no sign-in. */
    ownergraphRole: Role;
  }
}

export const SESSION_COOKIE = "ownergraph_session";
export const SIGN_IN_REQUIRED_CODE = "Ownergraph.SignInRequired";

/** API paths anyone may call: the sign-in itself, and health for load balancers. */
const OPEN_API_PATHS = new Set(["/api/session", "/api/sign-in", "/api/sign-out", "/api/health"]);

/** Per client address, per minute. */
const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

export interface SessionAnswer {
  auth: "none" | "token";
  signedIn: boolean;
  role: Role | null;
  expiresAt: string | null;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Sign-in with a shared access token: POST /api/sign-in { token } exchanges it for an HttpOnly,
 * SameSite=Strict session cookie (Secure over HTTPS) that expires; POST /api/sign-out ends it;
 * GET /api/session says who is signed in. Every other API path answers 401 without a session.
 * The page itself (HTML, scripts) is served to anyone, so it can show the sign-in form.
 */
export async function registerSignIn(
  app: FastifyInstance,
  auth: AuthConfig,
  audit: AuditLog,
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

  if (auth.mode === "none") {
    app.get("/api/session", async (): Promise<SessionAnswer> => ({
      auth: "none",
      signedIn: true,
      role: "editor",
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
        "Sign in first: open Ownergraph's page and enter the access token your administrator gave you.",
      );
    }
    request.ownergraphRole = session.role;
  });

  app.get("/api/session", async (request): Promise<SessionAnswer> => {
    const session = sessions.find(request.cookies[SESSION_COOKIE]);
    return {
      auth: "token",
      signedIn: session !== null,
      role: session?.role ?? null,
      expiresAt: session ? new Date(session.expiresAt).toISOString() : null,
    };
  });

  app.post(
    "/api/sign-in",
    {
      config: { rateLimit: { max: SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        body: {
          type: "object",
          required: ["token"],
          properties: { token: { type: "string", minLength: 1, maxLength: 1024 } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply): Promise<SessionAnswer> => {
      const { token } = request.body as { token: string };
      const role: Role | null =
        auth.editorToken !== undefined && sameSecret(token, auth.editorToken)
          ? "editor"
          : sameSecret(token, auth.readerToken)
            ? "reader"
            : null;
      audit.record(
        request,
        { event: "sign-in", outcome: role ? "ok" : "refused" },
        role ?? "reader",
      );
      if (role === null) {
        throw new ApiError(
          401,
          "Ownergraph.WrongAccessToken",
          "That access token is not right. Check it with whoever runs this server.",
        );
      }
      sessions.end(request.cookies[SESSION_COOKIE]);
      const { id, session } = sessions.create(role);
      setSessionCookie(reply, id, session.expiresAt);
      return {
        auth: "token",
        signedIn: true,
        role,
        expiresAt: new Date(session.expiresAt).toISOString(),
      };
    },
  );

  app.post("/api/sign-out", async (request, reply): Promise<SessionAnswer> => {
    const session = sessions.find(request.cookies[SESSION_COOKIE]);
    if (session) audit.record(request, { event: "sign-out" }, session.role);
    sessions.end(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { auth: "token", signedIn: false, role: null, expiresAt: null };
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
