import type { FastifyInstance } from "fastify";
import helmet from "@fastify/helmet";

/**
 * Security headers on every answer, from @fastify/helmet: a Content-Security-Policy the app
 * passes (scripts and connections to this server only; the layout worker is a blob; icons and
 * pictures are data: and blob: URLs; CodeMirror and React set inline styles), no framing,
 * no MIME sniffing, no referrer to other sites. Plain HTTP stays plain: no HSTS and no
 * upgrade-insecure-requests. When the server itself speaks HTTPS (`https`), browsers are told to
 * keep to it (HSTS, 180 days, this host only).
 */
export async function registerSecurityHeaders(app: FastifyInstance, https: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
  });
}
