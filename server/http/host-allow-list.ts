/**
 * Which Host names the server answers to, and which Origins may change state: the defence
 * against DNS rebinding (a foreign name resolving to 127.0.0.1) and cross-site requests.
 */

/** The loopback names, always allowed. */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** Allowed names ("name" allows any port, "name:port" that port only), or "any" (off). */
export type AllowedHosts = readonly string[] | "any";

/** Splits a Host header (or an Origin's host) into a lower-case name and an optional port. */
export function splitHost(host: string): { name: string; port: string | null } | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!match?.[1]) return null;
  return { name: match[1].toLowerCase().replace(/\.$/, ""), port: match[2] ?? null };
}

/** True when the Host header names this server under one of the allowed names. */
export function isHostAllowed(hostHeader: string | undefined, allowed: AllowedHosts): boolean {
  if (allowed === "any") return true;
  if (!hostHeader) return false;
  const host = splitHost(hostHeader);
  if (!host) return false;
  return [...LOOPBACK_HOSTS, ...allowed].some((entry) => {
    const wanted = splitHost(entry);
    if (!wanted || wanted.name !== host.name) return false;
    return wanted.port === null || wanted.port === host.port;
  });
}

/** True when `origin` (scheme://host[:port]) is the origin the request was sent to. */
export function isSameOrigin(origin: string, hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const asked = splitHost(hostHeader);
  const from = splitHost(url.host);
  if (!asked || !from) return false;
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  return asked.name === from.name && (asked.port ?? defaultPort) === (from.port ?? defaultPort);
}

/**
 * OWNERGRAPH_ALLOWED_HOSTS: a comma-separated list of names (or name:port) besides the
 * loopback names; "*" turns the check off (only behind a proxy that checks Host itself).
 */
export function parseAllowedHosts(raw: string | undefined): AllowedHosts | Error {
  if (raw === undefined || raw.trim() === "") return [];
  if (raw.trim() === "*") return "any";
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const bad = entries.filter((entry) => splitHost(entry) === null);
  if (bad.length > 0) {
    return new Error(
      `OWNERGRAPH_ALLOWED_HOSTS holds ${bad.map((entry) => `"${entry}"`).join(", ")}, which is not a host name: list names such as ownergraph.example.org or 10.0.0.5:7400, separated by commas.`,
    );
  }
  return entries;
}
