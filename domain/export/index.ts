// Exporters: pure functions from the wire graph to file contents, for server, CLI and browser.
export * from "./export-formats";
export * from "./export-size";
export * from "./graphml-exporter";
export * from "./gexf-exporter";
export * from "./json-exporter";
export * from "./csv-exporter";
export * from "./cypher-script-exporter";
export * from "./cypher-literal";
export * from "./svg-exporter";
export * from "./html-report";
export type { SourceRecord } from "./report-citations";
export type { OwnershipChainInput, OwnershipChainStep } from "./report-sections";
export { DEFAULT_IDENTIFIER_PROPERTIES } from "./report-sections";
export type {
  FlatAttributeColumn,
  FlatAttributeSchema,
  FlatAttributeType,
} from "./flat-attribute-columns";
export type { ColumnShape, ScalarKind } from "./property-columns";
