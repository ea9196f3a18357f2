import { describe, expect, it } from "vitest";
import {
  isHostAllowed,
  isSameOrigin,
  parseAllowedHosts,
  splitHost,
} from "../../server/http/host-allow-list";
import { AccessConfigError, readAccessConfig } from "../../server/access-config";
import { restartDelayMs } from "../../server/neo4j/embedded-supervisor";
import { SessionStore } from "../../server/http/session-store";

describe("Host allow-list", () => {
  it("answers the loopback names on any port by default", () => {
    for (const host of [
      "127.0.0.1:7400",
      "localhost:7400",
      "[::1]:7400",
      "LOCALHOST",
      "localhost.",
    ]) {
      expect(isHostAllowed(host, []), host).toBe(true);
    }
  });

  it("refuses other names, a missing Host and garbage", () => {
    for (const host of ["evil.example:7400", "127.0.0.1.evil.example", "", "a b", "[::2]:7400"]) {
      expect(isHostAllowed(host, []), host).toBe(false);
    }
    expect(isHostAllowed(undefined, [])).toBe(false);
  });

  it("adds configured names, with or without a port", () => {
    const allowed = parseAllowedHosts("graph.example.org, 10.0.0.5:7400");
    if (allowed instanceof Error) throw allowed;
    expect(isHostAllowed("graph.example.org:443", allowed)).toBe(true);
    expect(isHostAllowed("10.0.0.5:7400", allowed)).toBe(true);
    expect(isHostAllowed("10.0.0.5:8000", allowed)).toBe(false);
    expect(parseAllowedHosts("*")).toBe("any");
    expect(parseAllowedHosts("bad host")).toBeInstanceOf(Error);
  });

  it("splits names and ports", () => {
    expect(splitHost("[::1]:80")).toEqual({ name: "[::1]", port: "80" });
    expect(splitHost("Example.org")).toEqual({ name: "example.org", port: null });
  });
});

describe("same origin", () => {
  it("compares scheme's default ports and names", () => {
    expect(isSameOrigin("http://127.0.0.1:7400", "127.0.0.1:7400")).toBe(true);
    expect(isSameOrigin("https://graph.example.org", "graph.example.org")).toBe(true);
    expect(isSameOrigin("http://localhost:7401", "localhost:7400")).toBe(false);
    expect(isSameOrigin("http://evil.example:7400", "127.0.0.1:7400")).toBe(false);
    expect(isSameOrigin("null", "127.0.0.1:7400")).toBe(false);
  });
});

describe("access configuration", () => {
  it("has no sign-in on loopback by default", () => {
    expect(readAccessConfig({}, "127.0.0.1").auth).toEqual({ mode: "none" });
  });

  it("refuses a non-loopback address without sign-in, saying how to configure it", () => {
    for (const host of ["0.0.0.0", "::", "10.0.0.5"]) {
      expect(() => readAccessConfig({}, host)).toThrow(AccessConfigError);
      expect(() => readAccessConfig({}, host)).toThrow(/OWNERGRAPH_AUTH=token/);
    }
  });

  it("generates a token when sign-in is asked for without one", () => {
    const { auth } = readAccessConfig({ OWNERGRAPH_AUTH: "token" }, "0.0.0.0");
    expect(auth.mode).toBe("token");
    if (auth.mode !== "token") return;
    expect(auth.generated).toBe(true);
    expect(auth.readerToken.length).toBeGreaterThanOrEqual(32);
    expect(auth.sessionHours).toBe(12);
  });

  it("takes given tokens, and refuses short or equal ones", () => {
    const { auth } = readAccessConfig(
      { OWNERGRAPH_ACCESS_TOKEN: "a".repeat(20), OWNERGRAPH_EDITOR_TOKEN: "b".repeat(20) },
      "0.0.0.0",
    );
    expect(auth).toMatchObject({ mode: "token", generated: false, editorToken: "b".repeat(20) });
    expect(() => readAccessConfig({ OWNERGRAPH_ACCESS_TOKEN: "short" }, "0.0.0.0")).toThrow(
      /at least 16/,
    );
    expect(() =>
      readAccessConfig(
        { OWNERGRAPH_ACCESS_TOKEN: "c".repeat(20), OWNERGRAPH_EDITOR_TOKEN: "c".repeat(20) },
        "0.0.0.0",
      ),
    ).toThrow(/must differ/);
  });
});

describe("sessions and restarts", () => {
  it("signs in Neo4j users, with OWNERGRAPH_EDITORS as editors, also beyond loopback", () => {
    const { auth } = readAccessConfig(
      { OWNERGRAPH_AUTH: "neo4j", OWNERGRAPH_EDITORS: " alice, bob ,," },
      "0.0.0.0",
    );
    expect(auth.mode).toBe("neo4j");
    if (auth.mode !== "neo4j") return;
    expect([...(auth.editors ?? [])]).toEqual(["alice", "bob"]);
    expect(auth.sessionHours).toBe(12);
    // Without OWNERGRAPH_EDITORS, Neo4j's own roles decide who edits.
    const byRoles = readAccessConfig({ OWNERGRAPH_AUTH: "neo4j" }, "0.0.0.0").auth;
    expect(byRoles.mode === "neo4j" && byRoles.editors).toBeUndefined();
    expect(() => readAccessConfig({ OWNERGRAPH_AUTH: "ldap" }, "127.0.0.1")).toThrow(
      /"token".*"neo4j".*"none"/,
    );
  });

  it("expires sessions", () => {
    const store = new SessionStore(1_000);
    const { id } = store.create({ role: "reader", user: null, neo4jAuth: null }, 0);
    expect(store.find(id, 999)?.role).toBe("reader");
    expect(store.find(id, 1_000)).toBeNull();
    expect(store.find("unknown", 0)).toBeNull();
  });

  it("backs off 1, 2, 4 ... at most 30 s between restarts", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
