/**
 * Cross-holdings: groups of entities that own or control each other in a ring (A owns B owns A,
 * or longer rings). Found as strongly connected components, so each ring is reported once with
 * all its members, however many simple cycles run through it.
 */
import type { ChainEdge } from "./chain-edge";

export interface CrossHolding {
  /** Node keys of the group, sorted. */
  memberKeys: string[];
  /** Keys of the links between members, sorted. */
  edgeKeys: string[];
}

export interface StronglyConnectedResult {
  /** Component number of each node; nodes in the same ring share a number. */
  componentOf: Map<string, number>;
  /** The rings: components of two or more nodes, or one node that holds itself. */
  crossHoldings: CrossHolding[];
}

interface Frame {
  key: string;
  nextIndex: number;
}

/** Tarjan's algorithm, iterative so deep chains cannot overflow the call stack. */
export function findCrossHoldings(
  nodeKeys: Iterable<string>,
  edges: readonly ChainEdge[],
): StronglyConnectedResult {
  const nodes = [...new Set(nodeKeys)].sort();
  const inScope = new Set(nodes);
  const successors = new Map<string, string[]>();
  const scopedEdges = edges.filter((edge) => inScope.has(edge.from) && inScope.has(edge.to));
  for (const edge of scopedEdges) {
    const list = successors.get(edge.from);
    if (list) list.push(edge.to);
    else successors.set(edge.from, [edge.to]);
  }

  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, number>();
  const components: string[][] = [];

  const enter = (key: string, work: Frame[]): void => {
    order.set(key, order.size);
    low.set(key, order.size - 1);
    stack.push(key);
    onStack.add(key);
    work.push({ key, nextIndex: 0 });
  };

  for (const start of nodes) {
    if (order.has(start)) continue;
    const work: Frame[] = [];
    enter(start, work);
    for (let frame = work.at(-1); frame !== undefined; frame = work.at(-1)) {
      const next = successors.get(frame.key)?.[frame.nextIndex];
      if (next !== undefined) {
        frame.nextIndex += 1;
        if (!order.has(next)) enter(next, work);
        else if (onStack.has(next)) {
          low.set(frame.key, Math.min(low.get(frame.key) ?? 0, order.get(next) ?? 0));
        }
        continue;
      }
      work.pop();
      const frameLow = low.get(frame.key) ?? 0;
      if (frameLow === order.get(frame.key)) {
        const members: string[] = [];
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack.delete(member);
          componentOf.set(member, components.length);
          members.push(member);
          if (member === frame.key) break;
        }
        components.push(members);
      }
      const parent = work.at(-1);
      if (parent) low.set(parent.key, Math.min(low.get(parent.key) ?? 0, frameLow));
    }
  }

  // The links inside each component, gathered in one pass over the links.
  const edgesOf = new Map<number, ChainEdge[]>();
  for (const edge of scopedEdges) {
    const number = componentOf.get(edge.from);
    if (number === undefined || componentOf.get(edge.to) !== number) continue;
    const list = edgesOf.get(number);
    if (list) list.push(edge);
    else edgesOf.set(number, [edge]);
  }
  const crossHoldings: CrossHolding[] = [];
  for (const [number, members] of components.entries()) {
    const ringEdges = edgesOf.get(number) ?? [];
    if (members.length > 1 || ringEdges.length > 0) {
      crossHoldings.push({
        memberKeys: [...members].sort(),
        edgeKeys: ringEdges.map((edge) => edge.key).sort(),
      });
    }
  }
  crossHoldings.sort((a, b) => (a.memberKeys[0] ?? "").localeCompare(b.memberKeys[0] ?? ""));
  return { componentOf, crossHoldings };
}
