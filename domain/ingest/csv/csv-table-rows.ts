/**
 * One mapped CSV table's records as the model's rows: an entity (with a citation of its facts)
 * or a relationship (citing its source) per record, plus the sources and the entities a
 * relationship table creates for ends no entity table defines (`createAs`). Every problem
 * names the file, the record and its line, and the column.
 */
import {
  UNCITED_ENTITY_PROPERTIES,
  isEntityType,
  isRelationshipType,
  relationshipVerb,
  type EntityType,
  type RelationshipType,
} from "../../model";
import { entityRow } from "../entity-row";
import type { ImportContext } from "../import-format";
import type { ModelRows, RowOrigin, RowProperties } from "../model-rows";
import { cellValue } from "./csv-cells";
import type { CsvTable, EndMapping, TypeChoice } from "./csv-mapping-types";

/** What the tables of one import share: the ids defined so far, the sources written. */
export class CsvImportState {
  readonly definedEntities = new Set<string>();
  readonly writtenSources = new Set<string>();
}

export interface CsvRecordAt {
  record: number;
  line: number;
  fields: readonly string[];
}

export class CsvTableRows {
  private readonly index = new Map<string, number>();

  constructor(
    private readonly table: CsvTable,
    private readonly context: ImportContext,
    private readonly state: CsvImportState,
  ) {}

  /** Checks the header against the columns the mapping names; false when one is missing. */
  header(fields: readonly string[]): boolean {
    fields.forEach((name, position) => {
      if (!this.index.has(name.trim())) this.index.set(name.trim(), position);
    });
    let complete = true;
    for (const [column, use] of this.namedColumns()) {
      if (this.index.has(column)) continue;
      complete = false;
      this.context.problems.error({
        code: "missing-column",
        file: this.table.file,
        at: "header",
        message: `The mapping reads ${use} from the column "${column}", which ${this.table.file} does not have (its columns: ${fields.join(", ")}).`,
        fix: "Correct the column's name in the mapping file (names are case-sensitive), or add the column.",
      });
    }
    return complete;
  }

  /** The rows of one record, added to the batch. */
  add(at: CsvRecordAt, batch: ModelRows): void {
    const origin: RowOrigin = {
      file: this.table.file,
      at: `record ${String(at.record)} (line ${String(at.line)})`,
    };
    const cell = (column: string) => at.fields[this.index.get(column) ?? -1] ?? "";
    const properties = this.properties(cell, origin);
    const sourceIds = this.sources(cell, batch);
    if (this.table.kind === "entities") {
      this.entity(cell, properties, sourceIds, origin, batch);
    } else {
      this.relationship(cell, properties, sourceIds, origin, at.record, batch);
    }
  }

  private namedColumns(): [string, string][] {
    const table = this.table;
    const named: [string, string][] = table.properties.flatMap((mapping) =>
      mapping.columns.map((source): [string, string] => [source.column, `"${mapping.property}"`]),
    );
    if (!("fixed" in table.type)) named.push([table.type.column, "the type"]);
    if (table.sourceUrlColumn !== null) named.push([table.sourceUrlColumn, "the source url"]);
    if (table.kind === "entities") named.push([table.idColumn, "the id"]);
    else {
      named.push([table.from.column, "the owner's id (from)"], [table.to.column, "the id (to)"]);
      if (table.idColumn !== null) named.push([table.idColumn, "the id"]);
    }
    return named;
  }

  private error(origin: RowOrigin, code: string, message: string, fix: string): void {
    this.context.problems.error({ ...origin, code, message, fix });
  }

  private properties(cell: (column: string) => string, origin: RowOrigin): RowProperties {
    const properties: RowProperties = { ...this.table.fixed };
    for (const mapping of this.table.properties) {
      const values: string[] = [];
      for (const source of mapping.columns) {
        const result = cellValue(mapping.kind, cell(source.column), source);
        if ("absent" in result) continue;
        if ("problem" in result) {
          const { code, message, fix } = result.problem;
          this.error(origin, code, `Column "${source.column}": ${message}`, fix);
          continue;
        }
        if (Array.isArray(result.value)) values.push(...result.value);
        else properties[mapping.property] = result.value;
      }
      if (values.length > 0) properties[mapping.property] = [...new Set(values)];
    }
    return properties;
  }

  /**
   * The ids of the sources a record cites: its own url's when the mapping names a url column and
   * the cell has one (a relationship cites one source), else its table's.
   */
  private sources(cell: (column: string) => string, batch: ModelRows): string[] {
    const { source, sourceUrlColumn } = this.table;
    const url = sourceUrlColumn === null ? "" : cell(sourceUrlColumn).trim();
    if (url === "") return [this.writeSource(source.localId, source.properties, batch)];
    const properties = { caption: url, url, kind: source.properties["kind"] ?? "" };
    return [this.writeSource(`url:${url}`, properties, batch)];
  }

  private writeSource(localId: string, properties: RowProperties, batch: ModelRows): string {
    const id = this.context.scope(localId);
    if (!this.state.writtenSources.has(id)) {
      this.state.writtenSources.add(id);
      batch.sources.push({ id, properties: { ...properties, id } });
    }
    return id;
  }

  private typeOf<Type extends string>(
    choice: TypeChoice<Type>,
    cell: (column: string) => string,
    isType: (value: unknown) => value is Type,
    origin: RowOrigin,
  ): Type | null {
    if ("fixed" in choice) return choice.fixed;
    const word = cell(choice.column).trim();
    const type = choice.values === null ? word : choice.values[word];
    if (isType(type)) return type;
    this.error(
      origin,
      "unknown-type",
      `Column "${choice.column}" says "${word}", which is not a type the mapping knows.`,
      choice.values === null
        ? "Write a type of the model (docs/model.md), or add the word to the mapping's typeValues."
        : "Add the word to the mapping's typeValues, or correct the cell.",
    );
    return null;
  }

  /** The citations of an entity's facts: one per source, with an id of the entity and record. */
  private cite(
    local: string,
    entityId: string,
    properties: RowProperties,
    sourceIds: string[],
    origin: RowOrigin,
  ) {
    const cited = Object.keys(properties).filter((key) => !UNCITED_ENTITY_PROPERTIES.has(key));
    return sourceIds.map((sourceId, position) => {
      const id = this.context.scope(
        `cites:${local}@${origin.file}:${origin.at ?? ""}:${String(position)}`,
      );
      return {
        id,
        entityId,
        sourceId,
        origin,
        properties: {
          id,
          ...(cited.length > 0 ? { properties: cited } : {}),
          quote: `${origin.file}, ${origin.at ?? ""}`,
          quoteKind: "summary",
          firmness: "reported",
        },
      };
    });
  }

  private entity(
    cell: (column: string) => string,
    properties: RowProperties,
    sourceIds: string[],
    origin: RowOrigin,
    batch: ModelRows,
  ): void {
    if (this.table.kind !== "entities") return;
    const local = cell(this.table.idColumn).trim();
    const type = this.typeOf<EntityType>(this.table.type, cell, isEntityType, origin);
    if (local === "") {
      this.error(
        origin,
        "missing-id",
        `Column "${this.table.idColumn}" (the id) is empty.`,
        "Give every entity an id.",
      );
      return;
    }
    if (type === null) return;
    const prefixed = this.table.idPrefix + local;
    const id = this.context.scope(prefixed);
    this.state.definedEntities.add(id);
    batch.entities.push(entityRow(id, type, properties, `${type} ${local}`, origin));
    batch.citations.push(...this.cite(prefixed, id, properties, sourceIds, origin));
  }

  private end(
    end: EndMapping,
    cell: (column: string) => string,
    sourceIds: string[],
    origin: RowOrigin,
    batch: ModelRows,
  ): string | null {
    const local = cell(end.column).trim();
    if (local === "") {
      this.error(
        origin,
        "missing-end",
        `Column "${end.column}" is empty: the relationship has no end there.`,
        "Fill in the id, or remove the record.",
      );
      return null;
    }
    const prefixed = end.idPrefix + local;
    const id = this.context.scope(prefixed);
    if (end.createAs !== null && !this.state.definedEntities.has(id)) {
      this.state.definedEntities.add(id);
      const named = { name: local };
      batch.entities.push(entityRow(id, end.createAs, named, local, origin));
      batch.citations.push(...this.cite(prefixed, id, named, sourceIds, origin));
    }
    return id;
  }

  private relationship(
    cell: (column: string) => string,
    properties: RowProperties,
    sourceIds: string[],
    origin: RowOrigin,
    record: number,
    batch: ModelRows,
  ): void {
    if (this.table.kind !== "relationships") return;
    const { from: fromEnd, to: toEnd, idColumn, file } = this.table;
    const type = this.typeOf<RelationshipType>(this.table.type, cell, isRelationshipType, origin);
    const from = this.end(fromEnd, cell, sourceIds, origin, batch);
    const to = this.end(toEnd, cell, sourceIds, origin, batch);
    if (type === null || from === null || to === null) return;
    const given = idColumn === null ? "" : cell(idColumn).trim();
    const id = this.context.scope(given === "" ? `${file}#${String(record)}` : given);
    if (from === to) {
      this.context.problems.warn({
        ...origin,
        code: "self-relationship",
        message: `The record says that ${cell(fromEnd.column).trim()} ${relationshipVerb(type)} itself.`,
        fix: "Kept as stated (a company may hold its own shares); check the record if it should not.",
      });
    }
    const share = properties["shareExact"];
    const quote =
      `${file}, ${origin.at ?? ""}: ${cell(fromEnd.column).trim()} ${relationshipVerb(type)} ` +
      `${cell(toEnd.column).trim()}${typeof share === "number" ? ` (${String(share)} %)` : ""}`;
    batch.relationships.push({
      id,
      type,
      from,
      to,
      origin,
      properties: {
        ...properties,
        id,
        sourceIds,
        quotes: sourceIds.map(() => quote),
        quoteKinds: sourceIds.map(() => "summary"),
        firmness: "reported",
      },
    });
  }
}
