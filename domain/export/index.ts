// Exporters: pure functions from the wire graph to file contents, for server, CLI and browser.
export * from "./export-format-types";
export * from "./export-formats";
export * from "./export-rendering";
export * from "./export-request";
export * from "./export-request-error";
export * from "./export-request-graph";
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
export { changedEdgeKeys, type ReportChanges } from "./report-changes";
