/**
 * Cross-holdings: groups of entities that own or control each other in a ring (A owns B owns A,
 * or longer rings). Found as strongly connected components, so each ring is reported once with
 * all its members, however many simple cycles run through it.
 */
import type { ChainEdge } from "./chain-edge";
import { compareKeys } from "./chain-ranking";

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

/** Tarjan's algorithm, iterative so deep chains cannot overflow the call stack. */
export function findCrossHoldings(
  nodeKeys: Iterable<string>,
  edges: readonly ChainEdge[],
): StronglyConnectedResult {
  // Nodes as numbers in key order, so the walk and its component numbers never wobble.
  const nodes = [...new Set(nodeKeys)].sort();
  const numberOf = new Map<string, number>();
  nodes.forEach((key, number) => numberOf.set(key, number));
  const successors: number[][] = nodes.map(() => []);
  const scopedEdges: ChainEdge[] = [];
  for (const edge of edges) {
    const from = numberOf.get(edge.from);
    const to = numberOf.get(edge.to);
    if (from === undefined || to === undefined) continue;
    scopedEdges.push(edge);
    successors[from]?.push(to);
  }

  const UNSEEN = -1;
  const order = new Array<number>(nodes.length).fill(UNSEEN);
  const low = new Array<number>(nodes.length).fill(0);
  const onStack = new Array<boolean>(nodes.length).fill(false);
  const componentNumber = new Array<number>(nodes.length).fill(UNSEEN);
  const stack: number[] = [];
  const components: string[][] = [];
  let visited = 0;
  // The depth-first work list: a node and the index of its next successor to look at.
  const workNode: number[] = [];
  const workNext: number[] = [];

  const enter = (node: number): void => {
    order[node] = visited;
    low[node] = visited;
    visited += 1;
    stack.push(node);
    onStack[node] = true;
    workNode.push(node);
    workNext.push(0);
  };

  for (let start = 0; start < nodes.length; start++) {
    if (order[start] !== UNSEEN) continue;
    enter(start);
    while (workNode.length > 0) {
      const top = workNode.length - 1;
      const node = workNode[top] ?? 0;
      const nextIndex = workNext[top] ?? 0;
      const next = successors[node]?.[nextIndex];
      if (next !== undefined) {
        workNext[top] = nextIndex + 1;
        if (order[next] === UNSEEN) enter(next);
        else if (onStack[next]) low[node] = Math.min(low[node] ?? 0, order[next] ?? 0);
        continue;
      }
      workNode.pop();
      workNext.pop();
      const nodeLow = low[node] ?? 0;
      if (nodeLow === order[node]) {
        const members: string[] = [];
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack[member] = false;
          componentNumber[member] = components.length;
          members.push(nodes[member] ?? "");
          if (member === node) break;
        }
        components.push(members);
      }
      const parent = workNode.at(-1);
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, nodeLow);
    }
  }
  const componentOf = new Map<string, number>();
  nodes.forEach((key, number) => componentOf.set(key, componentNumber[number] ?? 0));

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
  crossHoldings.sort((a, b) => compareKeys(a.memberKeys[0] ?? "", b.memberKeys[0] ?? ""));
  return { componentOf, crossHoldings };
}
