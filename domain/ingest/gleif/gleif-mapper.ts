/**
 * The GLEIF mapping of one import: LEI records first (so that every LEI the import describes
 * is known), then relationship records and reporting exceptions. An LEI that a relationship or
 * an exception names but no imported LEI record describes becomes a visible stub (caption
 * "LEI …", its LEI as identifier), counted as a warning, so that no link is lost. Memory holds
 * the LEIs, not the records.
 */
import { emptyRows } from "../import-format";
import { entityRow } from "../entity-row";
import type { ModelRows, RowProperties } from "../model-rows";
import { exceptionRows, isKnownExceptionCategory } from "./gleif-exception";
import { leiIdentifier, leiRecordRows } from "./gleif-lei-record";
import {
  originOf,
  recordError,
  recordWarning,
  type GleifContext,
  type GleifPlace,
} from "./gleif-place";
import { relationshipRecordRows } from "./gleif-relationship-record";
import { gleifRelationshipMapping } from "./gleif-relationship-types";
import { isRecordTree, nodeAt, textAt, textOf } from "./gleif-tree";
import { isLeiShaped, leiChecksumHolds } from "./gleif-values";

/** Every row's id is also among its properties, as the writer stores them (`SET n = …`). */
function withIds(rows: ModelRows): ModelRows {
  const stamp = <Row extends { id: string; properties: RowProperties }>(row: Row): Row => ({
    ...row,
    properties: { ...row.properties, id: row.id },
  });
  return {
    sources: rows.sources.map(stamp),
    entities: rows.entities.map(stamp),
    relationships: rows.relationships.map(stamp),
    citations: rows.citations.map(stamp),
  };
}

export class GleifMapper {
  private readonly described = new Set<string>();
  private readonly stubbed = new Set<string>();

  constructor(private readonly context: GleifContext) {}

  /** How many LEIs were named without an LEI record of their own. */
  get stubCount(): number {
    return this.stubbed.size;
  }

  private lei(place: GleifPlace, field: string, value: string | undefined): string | undefined {
    if (value === undefined) {
      recordError(
        this.context,
        place,
        "missing-lei",
        `The record has no ${field}.`,
        `Give the record's ${field} (a 20-character LEI).`,
      );
      return undefined;
    }
    if (!isLeiShaped(value)) {
      recordError(
        this.context,
        place,
        "invalid-lei",
        `${field} "${value}" is not an LEI (18 letters or digits and 2 check digits).`,
        `Correct ${field}; an LEI looks like 5493001KJTIIGC8Y1R12.`,
      );
      return undefined;
    }
    if (!leiChecksumHolds(value)) {
      recordWarning(
        this.context,
        place,
        "lei-checksum",
        `${field} ${value} fails the ISO 17442 check digits.`,
        "Check the LEI for a typing error; it is imported as given.",
      );
    }
    return value;
  }

  private notRecord(place: GleifPlace, value: unknown, what: string): boolean {
    if (isRecordTree(value)) return false;
    recordError(
      this.context,
      place,
      "not-a-record",
      `The item is not ${what} (it is ${JSON.stringify(value)?.slice(0, 40) ?? "empty"}).`,
      `Give each ${what} as an object.`,
    );
    return true;
  }

  leiRecord(place: GleifPlace, record: unknown): ModelRows {
    if (this.notRecord(place, record, "an LEI record")) return emptyRows();
    const lei = this.lei(place, "LEI", textAt(record, "LEI"));
    if (lei === undefined) return emptyRows();
    if (this.described.has(lei)) {
      recordError(
        this.context,
        place,
        "duplicate-lei",
        `LEI ${lei} has a second LEI record in this import.`,
        "Keep one record per LEI (the golden copy has one); remove the duplicate.",
      );
      return emptyRows();
    }
    this.described.add(lei);
    return withIds(leiRecordRows(this.context, place, lei, record));
  }

  /** A stub for an LEI no imported record describes, cited by the record that names it. */
  private stub(place: GleifPlace, lei: string, sourceId: string, rows: ModelRows): void {
    if (this.described.has(lei) || this.stubbed.has(lei)) return;
    this.stubbed.add(lei);
    const id = this.context.scope(lei);
    const caption = `LEI ${lei}`;
    rows.entities.push(
      entityRow(
        id,
        "Company",
        {
          identifiers: [leiIdentifier(lei)],
          caption,
          description:
            "Named by a GLEIF record of this import; its own LEI record is not among the imported files.",
        },
        caption,
        originOf(place),
      ),
    );
    rows.citations.push({
      id: `${sourceId}:names:${id}`,
      entityId: id,
      sourceId,
      properties: {
        properties: ["identifiers"],
        quote: `GLEIF record naming ${lei}`,
        quoteKind: "summary",
        firmness: "reported",
      },
      origin: originOf(place),
    });
    recordWarning(
      this.context,
      place,
      "lei-not-in-import",
      `LEI ${lei} has no LEI record among the imported files; it is shown as "LEI ${lei}".`,
      "Import the LEI-CDF file that holds this LEI with the others to give it a name.",
    );
  }

  relationshipRecord(place: GleifPlace, record: unknown): ModelRows {
    if (this.notRecord(place, record, "a relationship record")) return emptyRows();
    const type = textAt(record, "Relationship", "RelationshipType");
    const mapping = type === undefined ? undefined : gleifRelationshipMapping(type);
    if (type === undefined || mapping === undefined) {
      recordWarning(
        this.context,
        place,
        "unmapped-relationship-type",
        `Relationship type ${type ?? "(none)"} has no mapping; the record is skipped.`,
        "Ownergraph maps consolidation, branch and fund relationships; tell us if you need this one.",
      );
      return emptyRows();
    }
    for (const node of ["StartNode", "EndNode"]) {
      const idType = textAt(record, "Relationship", node, "NodeIDType");
      if (idType !== undefined && idType !== "LEI") {
        recordWarning(
          this.context,
          place,
          "unmapped-node-type",
          `${node} is identified by ${idType}, not by an LEI; the record is skipped.`,
          "Only relationships between LEIs are imported.",
        );
        return emptyRows();
      }
    }
    const start = this.lei(
      place,
      "StartNode NodeID",
      textAt(record, "Relationship", "StartNode", "NodeID"),
    );
    const end = this.lei(
      place,
      "EndNode NodeID",
      textAt(record, "Relationship", "EndNode", "NodeID"),
    );
    if (start === undefined || end === undefined) return emptyRows();
    const { source, relationship } = relationshipRecordRows(
      this.context,
      place,
      { start, end, type },
      mapping,
      record,
    );
    const rows = emptyRows();
    rows.sources.push(source);
    this.stub(place, start, source.id, rows);
    this.stub(place, end, source.id, rows);
    rows.relationships.push(relationship);
    return withIds(rows);
  }

  exception(place: GleifPlace, record: unknown): ModelRows {
    if (this.notRecord(place, record, "a reporting exception")) return emptyRows();
    const lei = this.lei(place, "LEI", textAt(record, "LEI"));
    if (lei === undefined) return emptyRows();
    const category = textAt(record, "ExceptionCategory");
    if (category === undefined || !isKnownExceptionCategory(category)) {
      recordWarning(
        this.context,
        place,
        "unmapped-exception-category",
        `Exception category ${category ?? "(none)"} is not a parent category; the exception is skipped.`,
        "Ownergraph reads DIRECT_ and ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT exceptions.",
      );
      return emptyRows();
    }
    const given = nodeAt(record, "ExceptionReason");
    const reasons = (Array.isArray(given) ? (given as unknown[]) : [given])
      .map(textOf)
      .filter((reason): reason is string => reason !== undefined);
    if (reasons.length === 0) {
      recordError(
        this.context,
        place,
        "missing-exception-reason",
        `The exception for ${lei} gives no ExceptionReason.`,
        "Give the reason GLEIF states (NATURAL_PERSONS, NON_CONSOLIDATING, …).",
      );
      return emptyRows();
    }
    const reference = textAt(record, "ExceptionReference");
    const contentDate = textAt(record, "ContentDate") ?? place.contentDate;
    const rows = exceptionRows(this.context, place, {
      lei,
      category,
      reasons: [...new Set(reasons)],
      ...(reference === undefined ? {} : { reference }),
      ...(contentDate === undefined ? {} : { contentDate }),
    });
    const sourceId = rows.sources[0]?.id;
    if (sourceId !== undefined) this.stub(place, lei, sourceId, rows);
    return withIds(rows);
  }
}
