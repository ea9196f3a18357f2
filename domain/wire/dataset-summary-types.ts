/**
 * GET /api/datasets/:id/summary: what the start page of a large graph shows of one dataset,
 * computed when the dataset was written (cypher/summarise-dataset.cypher). Every list is capped;
 * each says how many there are in all, so the page can say "N more".
 */

/** One entity a list names, with how many entities it holds directly. */
export interface SummaryEntity {
  id: string;
  caption: string;
  type: string;
  holdings: number;
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface DatasetSummary {
  dataset: string;
  /** The day the holdings were counted for (the links that may have held then). */
  day: string;
  entityTypes: TypeCount[];
  relationshipTypes: TypeCount[];
  mostHoldings: { total: number; shown: SummaryEntity[] };
  ultimateParents: { total: number; shown: SummaryEntity[] };
  /**
   * The largest groups (entities reached down the holding links, at most 12 links) among the
   * `candidates` ultimate parents with the most direct holdings.
   */
  largestGroups: { candidates: number; shown: (SummaryEntity & { members: number })[] };
}
