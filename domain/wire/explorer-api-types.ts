/**
 * The explorer's HTTP API: what each endpoint under /api answers. Graphs travel in the wire
 * format (graph-wire-types.ts); the citations on their relationships (`sourceIds` + `quotes`)
 * are resolved in `sources`, so the browser can show any claim's source without asking again.
 */
import type { ChainSummary } from "../ownership/chain-summary";
import type { SerializedEdge, SerializedNode, WireGraph } from "./graph-wire-types";
import type { HeldSpan } from "../time/held-span";
import type { LinkChange } from "../time/link-changes";

/** A Source node as the evidence panel shows it; what the source does not give is null. */
export interface SourceRecord {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  date: string | null;
  authors: string[];
}

/** Sources by id, for every citation in the response. */
export type SourceIndex = Record<string, SourceRecord>;

export interface GraphWithSources {
  graph: WireGraph;
  sources: SourceIndex;
}

/** GET /api/search */
export interface SearchHit {
  /** The node, ready to put on the canvas. */
  node: SerializedNode;
  id: string;
  type: string;
  caption: string;
  /** One line of context: other names, identifiers, jurisdiction. */
  context: string;
  score: number;
}

export interface SearchResponse {
  text: string;
  hits: SearchHit[];
  /** True when more entities match than were returned. */
  more: boolean;
  /** Said when nothing matches, or nothing could be searched for. */
  message: string | null;
}

/** GET /api/entities?ids= */
export interface EntitiesResponse extends GraphWithSources {
  /** Ids asked for that the graph does not hold (renamed or removed since the link was made). */
  missingIds: string[];
}

export type NeighbourDirection = "out" | "in" | "both";

/** GET /api/entities/:id/neighbours */
export interface NeighboursResponse extends GraphWithSources {
  entityId: string;
  types: string[];
  direction: NeighbourDirection;
  skip: number;
  limit: number;
  /** Relationships in this page. */
  returned: number;
  /** Relationships matching the type and direction filter, in all pages. */
  total: number;
  /** Relationships after this page: the honest "N more". */
  remaining: number;
  /** Relationships of every type (direction filter applied), for the type filter. */
  totalsByType: Record<string, number>;
  /** This page's relationships, in order, with the neighbour on the other end. */
  items: { edge: SerializedEdge; neighbourKey: string }[];
}

/** A sourced statement about some of an entity's own properties (SOURCED_FROM). */
export interface PropertyCitation {
  properties: string[];
  sourceId: string;
  quote: string | null;
  /** "quote" (verbatim) or "summary" (the editor's words); null when not stated. */
  quoteKind: string | null;
  firmness: string | null;
}

/** GET /api/entities/:id */
export interface EntityDetailsResponse {
  node: SerializedNode;
  propertyCitations: PropertyCitation[];
  /** Relationships to other entities, by type (both directions). */
  relationshipCounts: Record<string, number>;
  sources: SourceIndex;
}

/**
 * GET /api/entities/:id/chain-up and /chain-down: the chain's subgraph keyed by entity id, and
 * the chain worked out once, on the server (ends, effective shares, paths, rings, truncation),
 * in the same keys. The app renders it; it computes nothing of its own.
 */
export interface ChainResponse extends GraphWithSources, ChainSummary {
  rootId: string;
  /** What a reader should know: a cap, a refusal of the data, an empty chain. */
  message: string | null;
}

/** GET /api/path */
export interface PathResponse extends GraphWithSources {
  fromId: string;
  toId: string;
  found: boolean;
  /** Node keys and edge keys along the path, from `fromId` to `toId`. */
  nodeKeys: string[];
  edgeKeys: string[];
  message: string | null;
}

/** GET /api/entities/:id/changes?from=&to= */
export interface ChangesResponse extends GraphWithSources {
  entityId: string;
  from: string;
  to: string;
  /** Appeared first, then changed, then ended; along the chain up and the holdings down. */
  changes: LinkChange[];
}

/** One version of a direct owner's or controller's link, on the timeline. */
export interface TimelinePeriod {
  /** The link's key in the response graph. */
  edgeKey: string;
  /** The owner or controller (entity key). */
  holderKey: string;
  type: string;
  /** When it held (absent days unbounded; see domain/time). */
  span: HeldSpan;
  /** The stated share worded, null for a link that states none (control). */
  share: string | null;
  sourceIds: string[];
}

/** GET /api/entities/:id/timeline */
export interface TimelineResponse extends GraphWithSources {
  entityId: string;
  /** Every version, by holder, then from its first day. */
  periods: TimelinePeriod[];
}
