/** Bringing data in: datasets, the model's rows, and the importer seam. */
export * from "./dataset";
export * from "./model-rows";
export * from "./importer";
export * from "./rows-to-wire-graph";
export * from "./bods/bods-rows";
export * from "./bods/bods-record-index";
export * from "./bods/bods-statement";
export * from "./import-problems";
export * from "./import-format";
export * from "./row-checks";
export * from "./entity-row";
export * from "./import-progress";
export * from "./held-span-rows";
export * from "./ftm";
export * from "./csv";
export * from "./admin-csv-value";
