import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PORT, loadConfig } from "../../server/config";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j, loopback and the documented port", () => {
    const config = loadConfig({});
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(DEFAULT_PORT);
    expect(config.neo4j.kind).toBe("embedded");
    expect(config.limits).toEqual({
      timeoutMs: 10_000,
      maxRows: 5_000,
      maxGraphElements: 20_000,
      allowWrites: false,
    });
  });

  it("points at an external Neo4j (Aura, cluster) when NEO4J_URI is set", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "secret-pw",
      NEO4J_DATABASE: "graph",
    });
    expect(config.neo4j).toEqual({
      kind: "external",
      uri: "neo4j+s://abc.databases.neo4j.io",
      username: "reader",
      password: "secret-pw",
      database: "graph",
    });
  });

  it("names the variable, the bad value and the fix", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(
      /PORT="eighty" must be a whole number from 0 to 65535/,
    );
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ NEO4J_URI: "neo4j://h" })).toThrow(/NEO4J_PASSWORD is not/);
    expect(() => loadConfig({ OWNERGRAPH_ALLOW_WRITES: "maybe" })).toThrow(/must be true or false/);
    expect(() => loadConfig({ OWNERGRAPH_NEO4J_HEAP: "lots" })).toThrow(/size such as 512m/);
  });

  it("reads the console's limits and write switch", () => {
    const config = loadConfig({
      OWNERGRAPH_QUERY_TIMEOUT_MS: "2500",
      OWNERGRAPH_MAX_ROWS: "10",
      OWNERGRAPH_ALLOW_WRITES: "true",
    });
    expect(config.limits.timeoutMs).toBe(2500);
    expect(config.limits.maxRows).toBe(10);
    expect(config.limits.allowWrites).toBe(true);
  });
});
