/**
 * Ownergraph's own CSV export (nodes.csv and relationships.csv for `neo4j-admin database
 * import`) read back as the model's rows: nodes labelled with an entity type become entities,
 * `Source` nodes sources, `SOURCED_FROM` relationships citations, and the model's relationship
 * types relationships. Ids are scoped by the dataset, including the ids inside `sourceIds` and
 * `componentIds`; what the import computes again (`names`, `searchText`, `dataset`) is dropped.
 * Nodes and relationships the model does not know are counted as warnings and skipped.
 *
 * Lists are split on the array delimiter: U+001F when a cell holds it (the exporter's last
 * resort), else the one given (`;` by default, as the export writes unless an item holds one).
 * An empty list and a missing one are the same empty cell, so an empty list comes back absent.
 */
import { isEntityType, isRelationshipType } from "../../model";
import { entityRow } from "../entity-row";
import type { ImportContext } from "../import-format";
import type { ModelRows, RowOrigin, RowProperties, RowValue } from "../model-rows";
import type { AdminColumn, AdminHeader } from "./admin-csv-header";

const RECOMPUTED = new Set(["dataset", "names", "searchText", "datasetVersion", "ownergraphKey"]);
const ID_LISTS = new Set(["sourceIds", "componentIds"]);
const UNIT_SEPARATOR = "\u001F";
const INTEGER_TYPES = new Set(["long", "int", "short", "byte"]);
const FLOAT_TYPES = new Set(["double", "float"]);

export class AdminCsvRows {
  /** The node ids of the files (`:ID` values) → the scoped ids of the graph. */
  private readonly nodeIds = new Map<string, string>();

  constructor(
    private readonly context: ImportContext,
    private readonly arrayDelimiter = ";",
  ) {}

  add(
    header: AdminHeader,
    file: string,
    at: { record: number; line: number; fields: readonly string[] },
    batch: ModelRows,
  ): void {
    const origin: RowOrigin = { file, at: `record ${String(at.record)} (line ${String(at.line)})` };
    const read = this.readRecord(header.columns, at.fields, origin);
    if (read === null) return;
    if (header.kind === "nodes") this.node(read, origin, batch);
    else this.relationship(read, origin, at.record, batch);
  }

  private split(text: string): string[] {
    const delimiter = text.includes(UNIT_SEPARATOR) ? UNIT_SEPARATOR : this.arrayDelimiter;
    return text.split(delimiter);
  }

  private scalar(type: string, text: string, origin: RowOrigin, name: string): RowValue | null {
    if (FLOAT_TYPES.has(type) || INTEGER_TYPES.has(type)) {
      const value = Number(text);
      const whole = INTEGER_TYPES.has(type);
      if (text.trim() !== "" && Number.isFinite(value) && (!whole || Number.isSafeInteger(value))) {
        return value;
      }
      this.context.problems.error({
        ...origin,
        code: "bad-number",
        message: `Column "${name}" holds "${text}", which is not a ${whole ? "whole number within ±2^53" : "number"}.`,
        fix: "Correct the cell, or export the graph again.",
      });
      return null;
    }
    if (type === "boolean") return text === "true";
    return text;
  }

  private readRecord(
    columns: readonly AdminColumn[],
    fields: readonly string[],
    origin: RowOrigin,
  ) {
    const read = { id: "", labels: [] as string[], start: "", end: "", type: "" };
    const properties: RowProperties = {};
    let idProperty: string | null = null;
    columns.forEach((column, position) => {
      const text = fields[position] ?? "";
      switch (column.role) {
        case "id":
          read.id = text;
          idProperty = column.property;
          return;
        case "label":
          read.labels = this.split(text).filter((label) => label !== "");
          return;
        case "start":
          read.start = text;
          return;
        case "end":
          read.end = text;
          return;
        case "type":
          read.type = text;
          return;
        case "ignored":
          return;
        case "property": {
          if (text === "" || RECOMPUTED.has(column.property)) return;
          if (!column.list) {
            const value = this.scalar(column.type, text, origin, column.property);
            if (value !== null) properties[column.property] = value;
            return;
          }
          properties[column.property] = this.split(text)
            .map((item) => this.scalar(column.type, item, origin, column.property))
            .filter((item) => item !== null)
            .map(String);
        }
      }
    });
    // With `id:ID` the id column is the `id` property; with `:ID` it is a key of the export.
    const local = idProperty !== null ? read.id : (properties["id"] ?? read.id);
    return { ...read, local: String(local), properties };
  }

  private scoped(properties: RowProperties, id: string): RowProperties {
    const scoped: RowProperties = { ...properties, id };
    for (const key of ID_LISTS) {
      const ids = scoped[key];
      if (Array.isArray(ids)) scoped[key] = ids.map((item) => this.context.scope(item));
    }
    return scoped;
  }

  private node(
    read: { id: string; local: string; labels: string[]; properties: RowProperties },
    origin: RowOrigin,
    batch: ModelRows,
  ): void {
    const id = this.context.scope(read.local);
    this.nodeIds.set(read.id, id);
    if (read.labels.includes("Source")) {
      batch.sources.push({ id, properties: this.scoped(read.properties, id), origin });
      return;
    }
    const type = read.labels.find(isEntityType);
    if (type === undefined) {
      this.context.problems.warn({
        ...origin,
        code: "unmapped-node",
        message: `The node "${read.local}" has the labels ${read.labels.join(", ") || "(none)"}, none of them an entity type of the model or Source.`,
        fix: "It is skipped; export only entities and sources, or add its type to the model.",
      });
      return;
    }
    const given = this.scoped(read.properties, id);
    delete given["id"];
    batch.entities.push(entityRow(id, type, given, read.local, origin));
  }

  private relationship(
    read: { start: string; end: string; type: string; properties: RowProperties },
    origin: RowOrigin,
    record: number,
    batch: ModelRows,
  ): void {
    const from = this.nodeIds.get(read.start) ?? this.context.scope(read.start);
    const to = this.nodeIds.get(read.end) ?? this.context.scope(read.end);
    const local = read.properties["id"];
    const id = this.context.scope(
      typeof local === "string" ? local : `${origin.file}#${String(record)}`,
    );
    const properties = this.scoped(read.properties, id);
    if (read.type === "SOURCED_FROM") {
      batch.citations.push({ id, entityId: from, sourceId: to, properties, origin });
      return;
    }
    if (!isRelationshipType(read.type)) {
      this.context.problems.warn({
        ...origin,
        code: "unmapped-relationship-type",
        message: `The relationship type "${read.type}" is not one of the model's.`,
        fix: "It is skipped; add the type to the model if it should be kept.",
      });
      return;
    }
    batch.relationships.push({ id, type: read.type, from, to, properties, origin });
  }
}
