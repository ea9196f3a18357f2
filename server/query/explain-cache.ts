import type { QuerySummary } from "./plan-summary";

/**
 * EXPLAIN summaries by query text, least recently used dropped first. A query's type (read,
 * write, schema) and the operators its plan contains follow from its text alone, not from its
 * parameter values, so a text checked once need not be planned again to be checked again; this
 * saves the console one round trip to Neo4j per repeated query. (In read-only mode a stale
 * answer could not let a write through anyway: Neo4j itself refuses writes in the READ
 * transaction the query runs in.)
 */
export class ExplainCache {
  private readonly entries = new Map<string, QuerySummary>();

  constructor(private readonly capacity = 500) {}

  static key(database: string | undefined, text: string): string {
    return `${database ?? ""}\u0000${text}`;
  }

  get(key: string): QuerySummary | undefined {
    const summary = this.entries.get(key);
    if (summary) {
      this.entries.delete(key);
      this.entries.set(key, summary);
    }
    return summary;
  }

  set(key: string, summary: QuerySummary): void {
    this.entries.delete(key);
    this.entries.set(key, summary);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
