/**
 * One search hit per entity: records of several datasets joined as one entity (SAME_AS,
 * docs/model.md "Joined records") would otherwise each be a hit of their own. Among the hits of
 * one joined entity the first in rank stays, and lists the others' ids; later ones are dropped.
 */

export interface JoinableHit {
  id: string;
  /** The ids of the records joined with this one. */
  joinedIds: readonly string[];
}

/** The hits in the same order, each joined entity once (at its best-ranked record). */
export function collapseJoinedHits<Hit extends JoinableHit>(ranked: readonly Hit[]): Hit[] {
  const shown = new Set<string>();
  const kept: Hit[] = [];
  for (const hit of ranked) {
    if (shown.has(hit.id)) continue;
    kept.push(hit);
    shown.add(hit.id);
    for (const id of hit.joinedIds) shown.add(id);
  }
  return kept;
}
