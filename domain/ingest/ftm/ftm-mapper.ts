/**
 * FollowTheMoney records mapped to the model's rows, one record at a time (the second pass of
 * the FtM import; the first built the FtmRecordIndex). Every record becomes a Source; a record
 * of an entity schema becomes an entity cited by it; an interval record becomes relationships
 * citing it. What the model has no place for is counted (FtmUnmappedTally) and reported at the
 * end. Pure: the reading of files is the format's (server/ingest/formats/ftm-format.ts).
 */
import { emptyRows } from "../import-format";
import type { ImportProblems } from "../import-problems";
import type { ModelRows, RowOrigin } from "../model-rows";
import { entityRow } from "../entity-row";
import { ftmEntityRows } from "./ftm-entity-rows";
import { ftmLinkRows, type FtmEnd } from "./ftm-link-rows";
import type { FtmRecord } from "./ftm-record";
import type { FtmRecordIndex } from "./ftm-record-index";
import { FtmRecordReader } from "./ftm-record-reader";
import { entityTypeOfSchema, linkMappingsOfSchema, namedEndType } from "./ftm-schemata";
import { ftmSourceRow } from "./ftm-source-row";
import { FtmUnmappedTally } from "./ftm-unmapped-tally";

export interface FtmMapperContext {
  readonly problems: ImportProblems;
  scope(localId: string): string;
}

export class FtmMapper {
  readonly unmapped = new FtmUnmappedTally();
  private readonly namedEnds = new Set<string>();

  constructor(
    private readonly context: FtmMapperContext,
    private readonly index: FtmRecordIndex,
  ) {}

  /** The rows of one record (its first appearance; the index has reported duplicates). */
  map(record: FtmRecord, origin: RowOrigin): ModelRows {
    const rows = emptyRows();
    const type = entityTypeOfSchema(record.schema);
    const links = linkMappingsOfSchema(record.schema);
    if (type === null && links.length === 0) {
      this.unmapped.schema(record.schema, origin);
      return rows;
    }
    const reader = new FtmRecordReader(record, origin, this.context.problems);
    const sourceId = this.context.scope(`${record.id}/record`);
    rows.sources.push(ftmSourceRow(reader, sourceId));
    const entityId = this.context.scope(record.id);
    if (type !== null) {
      const ids = {
        entity: entityId,
        source: sourceId,
        citation: this.context.scope(`${record.id}/cites`),
      };
      const { entity, citation } = ftmEntityRows(reader, type, ids);
      rows.entities.push(entity);
      rows.citations.push(citation);
    }
    const self = type === null ? null : { id: entityId, type };
    for (const mapping of links) {
      const base = type === null ? entityId : this.context.scope(`${record.id}/${mapping.type}`);
      const resolve = (property: string, value: string): FtmEnd | null =>
        this.resolve(reader, property, value, sourceId, rows);
      rows.relationships.push(
        ...ftmLinkRows(reader, mapping, { base, source: sourceId, self }, resolve),
      );
    }
    for (const property of reader.untaken())
      this.unmapped.property(record.schema, property, origin);
    for (const field of record.otherFields) this.unmapped.field(field, origin);
    return rows;
  }

  /** Reports what was not imported; call once after the last record. */
  finish(): void {
    this.unmapped.report(this.context.problems);
  }

  private resolve(
    reader: FtmRecordReader,
    property: string,
    value: string,
    sourceId: string,
    rows: ModelRows,
  ): FtmEnd | null {
    const namedType = namedEndType(reader.record.schema, property);
    if (namedType !== null)
      return this.namedEnd(reader, property, value, namedType, sourceId, rows);
    const found = this.index.lookup(value);
    if (!found.found) {
      this.context.problems.error({
        ...reader.origin,
        code: "dangling-reference",
        message: `The "${property}" of ${reader.what()} is "${value}", which no entity in the files has as its id.`,
        fix: "Add that entity to the files (export it with the records that link to it), or remove the link.",
      });
      return null;
    }
    if (found.type === null) {
      reader.warn(
        "unmapped-end",
        `The "${property}" of ${reader.what()} is "${value}", an entity of a schema the model does not import, so the link is left out.`,
        "Nothing to do unless you need it; the model's FtM mapping is in docs/model.md.",
      );
      return null;
    }
    return { id: this.context.scope(value), type: found.type };
  }

  /**
   * An end FtM gives as a name (a Sanction's authority): one entity per distinct name in the
   * dataset, named as the input names it and cited by the first record that names it.
   */
  private namedEnd(
    reader: FtmRecordReader,
    property: string,
    name: string,
    type: NonNullable<ReturnType<typeof namedEndType>>,
    sourceId: string,
    rows: ModelRows,
  ): FtmEnd {
    const local = `${property}:${name.toLowerCase().replace(/\s+/g, "-")}`;
    const id = this.context.scope(local);
    if (!this.namedEnds.has(id)) {
      this.namedEnds.add(id);
      rows.entities.push(entityRow(id, type, { name }, name, reader.origin));
      const citationId = this.context.scope(`${local}/cites`);
      rows.citations.push({
        id: citationId,
        entityId: id,
        sourceId,
        properties: {
          id: citationId,
          properties: ["name"],
          quote: `FtM ${reader.record.schema} ${reader.record.id} names its ${property}`,
          quoteKind: "summary",
          firmness: "reported",
        },
        origin: reader.origin,
      });
    }
    return { id, type };
  }
}
