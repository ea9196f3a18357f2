/**
 * What the first pass over FtM files learns: each entity id, the model type its schema is read
 * as (null for schemata the model does not read), and where it first appears. The second pass
 * resolves links with it, whatever the order of the lines (an Ownership may come before its
 * owner). It holds ids and types only, never records.
 */
import type { EntityType } from "../../model";
import type { RowOrigin } from "../model-rows";
import type { FtmRecord } from "./ftm-record";
import { entityTypeOfSchema } from "./ftm-schemata";

interface IndexEntry {
  type: EntityType | null;
  /** `<file>\n<at>` of its first appearance. */
  first: string;
}

function placeOf(origin: RowOrigin): string {
  return `${origin.file}\n${origin.at ?? ""}`;
}

export class FtmRecordIndex {
  private readonly entries = new Map<string, IndexEntry>();

  /** Adds a record; returns where it appeared first when its id was seen already. */
  add(record: FtmRecord, origin: RowOrigin): RowOrigin | null {
    const seen = this.entries.get(record.id);
    if (seen !== undefined) {
      const [file = "", at = ""] = seen.first.split("\n");
      return { file, at: at === "" ? null : at };
    }
    this.entries.set(record.id, {
      type: entityTypeOfSchema(record.schema),
      first: placeOf(origin),
    });
    return null;
  }

  /** True for the first appearance of the record's id (later ones are duplicates, skipped). */
  isFirst(id: string, origin: RowOrigin): boolean {
    return this.entries.get(id)?.first === placeOf(origin);
  }

  /** Whether the files hold the id, and as which model type (null: a schema the model skips). */
  lookup(id: string): { found: false } | { found: true; type: EntityType | null } {
    const entry = this.entries.get(id);
    return entry === undefined ? { found: false } : { found: true, type: entry.type };
  }

  get size(): number {
    return this.entries.size;
  }
}
