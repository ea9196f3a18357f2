import type { FastifyInstance } from "fastify";
import { ApiError } from "../query/query-errors";
import { isHostAllowed, isSameOrigin, LOOPBACK_HOSTS, type AllowedHosts } from "./host-allow-list";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses, before anything else runs: a Host header not on the allow-list (DNS rebinding), and
 * a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another origin,
 * judged by Origin and Sec-Fetch-Site rather than by content type. Clients that send no Origin
 * (curl, the CLI's --server) are not browsers acting for another site and may pass.
 */
export function registerRequestGuards(app: FastifyInstance, allowed: AllowedHosts): void {
  app.addHook("onRequest", async (request) => {
    const host = request.headers.host;
    if (!isHostAllowed(host, allowed)) {
      const names = allowed === "any" ? [] : [...LOOPBACK_HOSTS, ...allowed];
      throw new ApiError(
        403,
        "Ownergraph.HostNotAllowed",
        `This server does not answer to the host name "${host ?? ""}" (it answers to ${names.join(", ")}). If people reach Ownergraph under this name, add it to OWNERGRAPH_ALLOWED_HOSTS.`,
      );
    }
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    const crossSite = site === "cross-site" || site === "same-site";
    if (crossSite || (origin !== undefined && !isSameOrigin(origin, host))) {
      throw new ApiError(
        403,
        "Ownergraph.CrossOriginRefused",
        `A page from ${origin ?? "another site"} may not send ${request.method} ${request.url.split("?")[0]} to this server. Open Ownergraph itself at ${request.protocol}://${host ?? "127.0.0.1"}/ and do it there.`,
      );
    }
  });
}
