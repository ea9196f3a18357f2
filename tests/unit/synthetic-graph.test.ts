import { describe, expect, it } from "vitest";
import { generateOwnershipGraph } from "../../domain/synthetic/generate-ownership-graph";

describe("generateOwnershipGraph", () => {
  const graph = generateOwnershipGraph({
    entities: 20_000,
    seed: 7,
    superNodes: 4,
    superNodeDegree: 1500,
  });

  it("is deterministic for a seed", () => {
    const again = generateOwnershipGraph({
      entities: 20_000,
      seed: 7,
      superNodes: 4,
      superNodeDegree: 1500,
    });
    expect(again.relationships.slice(0, 50)).toEqual(graph.relationships.slice(0, 50));
    expect(again.relationships.length).toBe(graph.relationships.length);
  });

  it("only links entities that exist, with unique ids", () => {
    const ids = new Set(graph.entities.map((entity) => entity.id));
    expect(ids.size).toBe(20_000);
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(graph.relationships.length);
    for (const relationship of graph.relationships) {
      expect(ids.has(relationship.from) && ids.has(relationship.to)).toBe(true);
    }
  });

  it("has heavy-tailed out-degrees with super-nodes of thousands", () => {
    const degree = new Map<string, number>();
    for (const r of graph.relationships) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(sorted[0]).toBeGreaterThan(1000);
    expect(median).toBeLessThanOrEqual(3);
    for (const hub of graph.superNodeIds) expect(degree.get(hub)).toBeGreaterThan(1000);
  });

  it("builds chains from 2 up to 12 levels deep and no deeper", () => {
    const depths = graph.entities.map((entity) => entity.depth);
    expect(Math.max(...depths)).toBe(12);
    expect(depths.filter((depth) => depth >= 2).length).toBeGreaterThan(1000);
  });

  it("closes some cycles with cross-holdings", () => {
    expect(graph.crossHoldings).toBeGreaterThan(10);
    const pairs = new Set(graph.relationships.map((r) => `${r.from}>${r.to}`));
    const reversed = graph.relationships.filter((r) => pairs.has(`${r.to}>${r.from}`));
    expect(reversed.length).toBeGreaterThan(0);
  });

  it("mixes exact, range and unknown shares, all within 0–100", () => {
    const owns = graph.relationships.filter((r) => r.type === "OWNS");
    const exact = owns.filter((r) => r.shareExact !== null);
    const ranges = owns.filter((r) => r.shareMin !== null);
    const unknown = owns.filter((r) => r.shareExact === null && r.shareMin === null);
    expect(exact.length).toBeGreaterThan(0);
    expect(ranges.length).toBeGreaterThan(0);
    expect(unknown.length).toBeGreaterThan(0);
    for (const r of exact) expect(r.shareExact).toBeGreaterThan(0);
    for (const r of exact) expect(r.shareExact).toBeLessThanOrEqual(100);
    for (const r of ranges) expect(r.shareMax ?? 0).toBeGreaterThanOrEqual(r.shareMin ?? 0);
  });
});
