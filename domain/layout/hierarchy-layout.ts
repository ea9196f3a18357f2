/**
 * The hierarchical layout: owners above what they own, controllers above what they control,
 * authorities above their contracts, contracts above their places. Levels come from the
 * longest chain from the top, so an entity always sits below all of its owners; a ring of
 * cross-holdings is broken at one link (the one into the node with the fewest owners), never
 * looped. Within a level, entities sit near the average position of their owners.
 *
 * One implementation for the explorer's canvas (app/explorer/layout/layout-runner.ts) and for
 * the picture of an export that comes without one (server/export/auto-picture.ts). Positions
 * are in page terms: y grows downwards, level by level; a caller whose y axis points up
 * (sigma) negates it. Measured against elkjs's layered algorithm in bench/layered-layout.ts
 * (figures and verdict in BENCHMARKS.md).
 */

export interface HierarchyLink {
  /** Owner, controller, supplier, authority: drawn above. */
  from: string;
  /** Owned, controlled, contract, place: drawn below. */
  to: string;
}

/** Level of each node: 0 at the top. */
export function hierarchyLevels(
  nodes: readonly string[],
  links: readonly HierarchyLink[],
): Map<string, number> {
  const known = new Set(nodes);
  const valid = links.filter(
    (link) => known.has(link.from) && known.has(link.to) && link.from !== link.to,
  );
  const incoming = new Map<string, Set<string>>(nodes.map((node) => [node, new Set()]));
  const outgoing = new Map<string, Set<string>>(nodes.map((node) => [node, new Set()]));
  for (const { from, to } of valid) {
    incoming.get(to)?.add(from);
    outgoing.get(from)?.add(to);
  }
  const level = new Map<string, number>();
  const remaining = new Map(nodes.map((node) => [node, incoming.get(node)?.size ?? 0]));
  const ready = nodes.filter((node) => remaining.get(node) === 0);
  const place = (node: string) => {
    const above = [...(incoming.get(node) ?? [])].filter((owner) => level.has(owner));
    level.set(
      node,
      above.length === 0 ? 0 : Math.max(...above.map((owner) => (level.get(owner) ?? 0) + 1)),
    );
    for (const child of outgoing.get(node) ?? []) {
      if (level.has(child)) continue;
      const count = (remaining.get(child) ?? 1) - 1;
      remaining.set(child, count);
      if (count === 0) ready.push(child);
    }
  };
  while (level.size < nodes.length) {
    const next = ready.shift();
    if (next !== undefined) {
      if (!level.has(next)) place(next);
      continue;
    }
    // A ring: start it at the unplaced node with the fewest unplaced owners.
    let best: string | undefined;
    for (const node of nodes) {
      if (level.has(node)) continue;
      if (best === undefined || (remaining.get(node) ?? 0) < (remaining.get(best) ?? 0))
        best = node;
    }
    if (best === undefined) break;
    remaining.set(best, 0);
    place(best);
  }
  return level;
}

export interface HierarchyOptions {
  /** Distance between two levels, in graph units. */
  levelGap: number;
  /** Distance between two neighbours on a level. */
  nodeGap: number;
  /** A level wider than this wraps onto more rows (a super-node's holdings stay readable). */
  maxPerRow: number;
}

export const DEFAULT_HIERARCHY_OPTIONS: HierarchyOptions = {
  levelGap: 1,
  nodeGap: 1,
  maxPerRow: 30,
};

/**
 * Positions for every node: y grows level by level from 0 at the top, x spreads each level
 * around 0 in the order of its owners' positions. Among nodes that
 * want the same place (children of one owner), the `central` ones (a chain in focus) sit in the
 * middle, right under their owner.
 */
export function hierarchyPositions(
  nodes: readonly string[],
  links: readonly HierarchyLink[],
  options: HierarchyOptions = DEFAULT_HIERARCHY_OPTIONS,
  central: ReadonlySet<string> = new Set(),
): Map<string, { x: number; y: number }> {
  const levels = hierarchyLevels(nodes, links);
  const rows = new Map<number, string[]>();
  for (const node of nodes) {
    const level = levels.get(node) ?? 0;
    rows.set(level, [...(rows.get(level) ?? []), node]);
  }
  const owners = new Map<string, string[]>();
  for (const { from, to } of links) owners.set(to, [...(owners.get(to) ?? []), from]);
  const x = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const level of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(level) ?? [];
    const wanted = (node: string, index: number): number => {
      const placed = (owners.get(node) ?? []).flatMap((owner) =>
        x.has(owner) ? [x.get(owner) ?? 0] : [],
      );
      return placed.length === 0
        ? index
        : placed.reduce((sum, value) => sum + value, 0) / placed.length;
    };
    const ordered = centreOut(
      row
        .map((node, index) => ({ node, key: wanted(node, index), index }))
        .sort((a, b) => a.key - b.key || a.index - b.index),
      central,
    );
    const perRow = Math.min(ordered.length, options.maxPerRow);
    ordered.forEach(({ node }, index) => {
      const column = index % perRow;
      const subRow = Math.floor(index / perRow);
      // In a crowded row every other node steps down a little, so neighbouring labels clear.
      const stagger = perRow > 3 && column % 2 === 1 ? options.levelGap * 0.3 : 0;
      const position = {
        x: (column - (perRow - 1) / 2) * options.nodeGap + (subRow % 2) * options.nodeGap * 0.5,
        y: y + subRow * options.levelGap * 0.6 + stagger,
      };
      x.set(node, position.x);
      positions.set(node, position);
    });
    y += (Math.ceil(ordered.length / perRow) - 1) * options.levelGap * 0.6 + options.levelGap;
  }
  return positions;
}

/** Within each run of equal keys, the central nodes move to the middle of the run. */
function centreOut<T extends { node: string; key: number }>(
  sorted: T[],
  central: ReadonlySet<string>,
): T[] {
  if (central.size === 0) return sorted;
  const result: T[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end < sorted.length && sorted[end]?.key === sorted[start]?.key) end++;
    const run = sorted.slice(start, end);
    const first = run.filter((item) => central.has(item.node));
    const rest = run.filter((item) => !central.has(item.node));
    const arranged: T[] = [];
    [...first, ...rest].forEach((item, index) => {
      if (index % 2 === 0) arranged.push(item);
      else arranged.unshift(item);
    });
    result.push(...arranged);
    start = end;
  }
  return result;
}
