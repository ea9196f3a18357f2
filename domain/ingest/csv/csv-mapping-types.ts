/**
 * The CSV mapping file (docs/import-csv.md), once read and checked: which file is a table of
 * entities or of relationships, which column holds which property of the model, and the
 * defaults of every file (the source every fact is cited to, the dataset's own description).
 */
import type { EntityType, PropertyKind, RelationshipType } from "../../model";
import type { DatasetMetadata } from "../import-format";
import type { RowProperties, RowValue } from "../model-rows";

/** Where a property's value comes from: one column, read as the property's kind. */
export interface ColumnSource {
  column: string;
  /** For list properties (aliases, identifiers): the text between items of one cell. */
  separator: string | null;
  /** For identifiers: written before each value, `SCHEME:value` (e.g. `OpenCorporates`). */
  scheme: string | null;
}

export interface PropertyMapping {
  property: string;
  kind: PropertyKind;
  columns: ColumnSource[];
}

/** The type of every row, or the column that names it (with optional words for the types). */
export type TypeChoice<Type extends string> =
  { fixed: Type } | { column: string; values: Readonly<Record<string, Type>> | null };

/** One end of a relationship: a column of ids, and what to do about ids no table defines. */
export interface EndMapping {
  column: string;
  idPrefix: string;
  /** When set, an id no entity table defines becomes an entity of this type named by the id. */
  createAs: EntityType | null;
}

interface TableBase {
  file: string;
  /** Properties read from columns. */
  properties: PropertyMapping[];
  /** Properties with one value for every row. */
  fixed: Record<string, RowValue>;
  /** A column holding the url of each row's own source, cited beside the file's source. */
  sourceUrlColumn: string | null;
  /** The source this table's facts are cited to. */
  source: SourceDefaults;
}

export interface EntityTable extends TableBase {
  kind: "entities";
  idColumn: string;
  idPrefix: string;
  type: TypeChoice<EntityType>;
}

export interface RelationshipTable extends TableBase {
  kind: "relationships";
  /** Ids come from this column when given, else from the file name and the record number. */
  idColumn: string | null;
  from: EndMapping;
  to: EndMapping;
  type: TypeChoice<RelationshipType>;
}

export type CsvTable = EntityTable | RelationshipTable;

/** The source a table cites, as written: its local id and its properties. */
export interface SourceDefaults {
  localId: string;
  properties: RowProperties;
}

export interface CsvMapping {
  dataset: DatasetMetadata;
  sources: SourceDefaults[];
  tables: CsvTable[];
}
