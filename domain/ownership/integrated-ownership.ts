/**
 * Integrated ownership, the ring method of the literature on ownership networks (Vitali,
 * Glattfelder and Battiston 2011, "The network of global corporate control", PLoS ONE 6(10):
 * e25995, Supporting Information §3). With W the matrix of direct shares (W[i][j]: the share
 * of j that i holds), the integrated ownership is W̃ = (I − W)⁻¹ W = W + W² + W³ + …: the sum
 * over every walk of ownership links from i to j, rings included, of the product of its shares.
 * Round a ring a walk may come back to the owner itself, which counts the owner's value again;
 * the paper's correction divides by the diagonal of (I − W)⁻¹, W̃'[i][j] = W̃[i][j] / D[i][i],
 * which leaves exactly the walks that never come back to i. That corrected figure is the one
 * given here (docs/model.md, "Rings: two methods").
 *
 * Solved by Gauss–Seidel sweeps over the links (no dense matrix): the walk sums grow from 0 to
 * the answer, so every sweep gives a lower bound. A solve stops when no value moves by more than
 * `TOLERANCE`, or after `MAX_SWEEPS` sweeps, or when the sweeps stop shrinking (the shares round
 * a ring allow 100 %: the sum has no finite limit). A value that hangs on one still moving
 * keeps what the sweeps reached as its lower bound, and 100 % as its upper bound.
 */
import type { ChainEdge } from "./chain-edge";
import { findCrossHoldings } from "./cross-holdings";
import { statedShareToInterval, type ShareInterval } from "./share";

export const INTEGRATED_TOLERANCE = 1e-12;
export const INTEGRATED_MAX_SWEEPS = 5_000;
/** After this many sweeps, a change that shrinks by less than `STALL_RATIO` means no limit. */
const STALL_CHECK_AFTER = 200;
const STALL_RATIO = 0.9999;
const ROUNDING_TOLERANCE = 1e-9;

/** The ownership links of a chain as numbered nodes and two weight arrays (both bounds). */
interface OwnershipMatrix {
  numberOf: Map<string, number>;
  size: number;
  from: Int32Array;
  to: Int32Array;
  low: Float64Array;
  high: Float64Array;
  unknown: Uint8Array;
  /** Link indexes into and out of each node. */
  into: number[][];
  out: number[][];
  /** Nodes that can come back to themselves along ownership links. */
  inRing: Set<number>;
}

function ownershipMatrix(edges: readonly ChainEdge[]): OwnershipMatrix {
  const ownership = edges.filter((edge) => edge.kind === "ownership");
  const numberOf = new Map<string, number>();
  const number = (key: string): number => {
    let value = numberOf.get(key);
    if (value === undefined) {
      value = numberOf.size;
      numberOf.set(key, value);
    }
    return value;
  };
  const count = ownership.length;
  const matrix: OwnershipMatrix = {
    numberOf,
    size: 0,
    from: new Int32Array(count),
    to: new Int32Array(count),
    low: new Float64Array(count),
    high: new Float64Array(count),
    unknown: new Uint8Array(count),
    into: [],
    out: [],
    inRing: new Set(),
  };
  ownership.forEach((edge, index) => {
    if (edge.kind !== "ownership") return;
    const share = statedShareToInterval(edge.share);
    matrix.from[index] = number(edge.from);
    matrix.to[index] = number(edge.to);
    matrix.low[index] = share.min;
    matrix.high[index] = share.max;
    matrix.unknown[index] = share.hasUnknown ? 1 : 0;
  });
  matrix.size = numberOf.size;
  matrix.into = Array.from({ length: matrix.size }, () => []);
  matrix.out = Array.from({ length: matrix.size }, () => []);
  for (let link = 0; link < count; link++) {
    matrix.into[matrix.to[link] ?? 0]?.push(link);
    matrix.out[matrix.from[link] ?? 0]?.push(link);
  }
  for (const ring of findCrossHoldings(numberOf.keys(), ownership).crossHoldings) {
    for (const key of ring.memberKeys) matrix.inRing.add(number(key));
  }
  return matrix;
}

interface Solved {
  values: Float64Array;
  /** Whether a node's value has settled: false when it hangs on a value still moving. */
  settled: (node: number) => boolean;
}

/**
 * Walk sums by sweeps: `next(values, index)` is the new value of node `index`; `dependsOn`
 * lists the nodes a node's value is summed from. Stops as the module comment says.
 */
function sweep(
  size: number,
  next: (values: Float64Array, index: number) => number,
  dependsOn: (node: number) => Iterable<number>,
): Solved {
  const values = new Float64Array(size);
  const moving = new Uint8Array(size);
  let previousChange = Infinity;
  for (let round = 1; round <= INTEGRATED_MAX_SWEEPS; round++) {
    let change = 0;
    for (let index = 0; index < size; index++) {
      const value = next(values, index);
      const moved = Math.abs(value - (values[index] ?? 0));
      moving[index] = moved <= INTEGRATED_TOLERANCE ? 0 : 1;
      if (!(moved <= change)) change = moved;
      values[index] = value;
    }
    if (change <= INTEGRATED_TOLERANCE) return { values, settled: () => true };
    const stalled = round > STALL_CHECK_AFTER && change > previousChange * STALL_RATIO;
    if (!Number.isFinite(change) || stalled) break;
    previousChange = change;
  }
  // Unsettled: a node is settled when nothing it is summed from is still moving.
  const settled = (node: number): boolean => {
    const seen = new Set([node]);
    const queue = [node];
    for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
      if (moving[current]) return false;
      for (const other of dependsOn(current)) {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return true;
  };
  return { values, settled };
}

/** Corrected integrated shares of `owner` in every node: walks from it never coming back. */
function fromOwner(matrix: OwnershipMatrix, owner: number, weights: Float64Array): Solved {
  const { into, from } = matrix;
  return sweep(
    matrix.size,
    (values, node) => {
      if (node === owner) return 0;
      let sum = 0;
      for (const link of into[node] ?? []) {
        const tail = from[link] ?? 0;
        sum += (weights[link] ?? 0) * (tail === owner ? 1 : (values[tail] ?? 0));
      }
      return sum;
    },
    (node) => (node === owner ? [] : (into[node] ?? []).map((link) => from[link] ?? 0)),
  );
}

/** Integrated shares of every node in `target` (walks that may pass the target again). */
function intoTarget(matrix: OwnershipMatrix, target: number, weights: Float64Array): Solved {
  const { out, to } = matrix;
  return sweep(
    matrix.size,
    (values, node) => {
      let sum = 0;
      for (const link of out[node] ?? []) {
        const head = to[link] ?? 0;
        sum += (weights[link] ?? 0) * ((head === target ? 1 : 0) + (values[head] ?? 0));
      }
      return sum;
    },
    (node) => (out[node] ?? []).map((link) => to[link] ?? 0),
  );
}

/** Every node reached from `starts` along `links` (each start included). */
function reach(starts: Iterable<number>, links: number[][], other: Int32Array): Set<number> {
  const seen = new Set(starts);
  const queue = [...seen];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const link of links[node] ?? []) {
      const next = other[link] ?? 0;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * The nodes with an unknown share on some walk between them and `start`: with "owners", the
 * owners of `start` (those that reach the owner end of an unknown link whose owned end reaches
 * `start`); with "held", what `start` holds (the mirror). One pass for every node at once, so a
 * target with thousands of owners costs what its links cost, not their square.
 */
function withUnknownOnTheWay(
  matrix: OwnershipMatrix,
  start: number,
  side: "owners" | "held",
): Set<number> {
  // Owners: walk against the links (into a node, to the link's owner end); held: along them.
  const [links, onward, back] =
    side === "owners"
      ? [matrix.into, matrix.from, matrix.to]
      : [matrix.out, matrix.to, matrix.from];
  const near = reach([start], links, onward);
  const crossed: number[] = [];
  for (let link = 0; link < matrix.from.length; link++) {
    if (matrix.unknown[link] && near.has(back[link] ?? -1)) crossed.push(onward[link] ?? 0);
  }
  return reach(crossed, links, onward);
}

function interval(low: Solved, high: Solved, node: number, hasUnknown: boolean): ShareInterval {
  const reached = low.values[node] ?? 0;
  // A sum that ran off (stated shares of 100 % round a ring) is more than 100 %.
  const min = Number.isFinite(reached) ? reached : Infinity;
  const max = high.settled(node) ? (high.values[node] ?? 0) : 1;
  return {
    min: Math.min(min, 1),
    max: Math.min(Math.max(max, min), 1),
    hasUnknown,
    exceedsHundred: min > 1 + ROUNDING_TOLERANCE,
  };
}

/**
 * The corrected integrated share of each owner in `targetKey`, over the ownership links among
 * `edges`. Owners with no chain of ownership links to the target are left out.
 */
export function integratedSharesInto(
  edges: readonly ChainEdge[],
  ownerKeys: readonly string[],
  targetKey: string,
): Map<string, ShareInterval> {
  const matrix = ownershipMatrix(edges);
  const target = matrix.numberOf.get(targetKey);
  const shares = new Map<string, ShareInterval>();
  if (target === undefined) return shares;
  let outside: [Solved, Solved] | null = null;
  const withUnknown = withUnknownOnTheWay(matrix, target, "owners");
  for (const key of ownerKeys) {
    const owner = matrix.numberOf.get(key);
    if (owner === undefined || owner === target) continue;
    let solved: [Solved, Solved];
    let node: number;
    if (matrix.inRing.has(owner)) {
      solved = [fromOwner(matrix, owner, matrix.low), fromOwner(matrix, owner, matrix.high)];
      node = target;
    } else {
      outside ??= [intoTarget(matrix, target, matrix.low), intoTarget(matrix, target, matrix.high)];
      solved = outside;
      node = owner;
    }
    const share = interval(solved[0], solved[1], node, withUnknown.has(owner));
    if (share.max > 0 || share.hasUnknown) shares.set(key, share);
  }
  return shares;
}

/** The corrected integrated share of `ownerKey` in each of `heldKeys`. */
export function integratedSharesOf(
  edges: readonly ChainEdge[],
  ownerKey: string,
  heldKeys: readonly string[],
): Map<string, ShareInterval> {
  const matrix = ownershipMatrix(edges);
  const owner = matrix.numberOf.get(ownerKey);
  const shares = new Map<string, ShareInterval>();
  if (owner === undefined) return shares;
  const low = fromOwner(matrix, owner, matrix.low);
  const high = fromOwner(matrix, owner, matrix.high);
  const withUnknown = withUnknownOnTheWay(matrix, owner, "held");
  for (const key of heldKeys) {
    const held = matrix.numberOf.get(key);
    if (held === undefined || held === owner) continue;
    const share = interval(low, high, held, withUnknown.has(held));
    if (share.max > 0 || share.hasUnknown) shares.set(key, share);
  }
  return shares;
}
