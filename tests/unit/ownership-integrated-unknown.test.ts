// Whether an unknown share lies on the way from an owner to what it holds, as integrated
// ownership reports it (`hasUnknown`), against the definition itself worked out pair by pair:
// some link of unknown share whose owner end the owner reaches and whose owned end reaches the
// target. Random graphs (seeded) with rings, diamonds and owners of many.
import { describe, expect, it } from "vitest";
import type { ChainEdge } from "../../domain/ownership";
import {
  integratedSharesInto,
  integratedSharesOf,
} from "../../domain/ownership/integrated-ownership";
import { owns } from "./ownership-test-edges";

/** A small deterministic generator (a linear congruential one), so a failure can be replayed. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomGraph(seed: number, size: number, links: number): ChainEdge[] {
  const random = randomOf(seed);
  const edges = new Map<string, ChainEdge>();
  while (edges.size < links) {
    const from = `n${Math.floor(random() * size)}`;
    const to = `n${Math.floor(random() * size)}`;
    if (from === to) continue;
    const share = random() < 0.25 ? null : Math.round(5 + random() * 45);
    edges.set(`${from}-${to}`, owns(from, to, share));
  }
  return [...edges.values()];
}

function reaches(edges: readonly ChainEdge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const edge of edges) {
      if (edge.from === node && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen.has(to);
}

function unknownOnTheWay(edges: readonly ChainEdge[], owner: string, target: string): boolean {
  return edges.some(
    (edge) =>
      edge.kind === "ownership" &&
      edge.share.kind === "unknown" &&
      reaches(edges, owner, edge.from) &&
      reaches(edges, edge.to, target),
  );
}

const GRAPHS = Array.from({ length: 12 }, (_, index) => ({
  seed: index + 1,
  edges: randomGraph(index + 1, 10, 8 + index * 2),
}));

describe("an unknown share on the way, for every owner at once", () => {
  it("is reported for exactly the owners of a target whose walks to it cross one", () => {
    let reported = 0;
    for (const { seed, edges } of GRAPHS) {
      const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
      for (const target of nodes) {
        const shares = integratedSharesInto(edges, nodes, target);
        for (const owner of nodes.filter((node) => node !== target)) {
          const expected = unknownOnTheWay(edges, owner, target);
          if (expected) reported++;
          expect([seed, owner, target, shares.get(owner)?.hasUnknown ?? false]).toEqual([
            seed,
            owner,
            target,
            expected,
          ]);
        }
      }
    }
    expect(reported).toBeGreaterThan(50);
  });

  it("is reported for exactly the holdings of an owner whose walks to them cross one", () => {
    for (const { seed, edges } of GRAPHS) {
      const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
      for (const owner of nodes) {
        const shares = integratedSharesOf(edges, owner, nodes);
        for (const held of nodes.filter((node) => node !== owner)) {
          expect([seed, owner, held, shares.get(held)?.hasUnknown ?? false]).toEqual([
            seed,
            owner,
            held,
            unknownOnTheWay(edges, owner, held),
          ]);
        }
      }
    }
  });
});
