/** Bringing data in: datasets, the model's rows, and the importer seam. */
export * from "./dataset";
export * from "./model-rows";
export * from "./importer";
export * from "./rows-to-wire-graph";
export * from "./bods/bods-04-records";
export * from "./import-problems";
export * from "./import-format";
export * from "./row-checks";
export * from "./entity-row";
export * from "./import-progress";
export * from "./csv";
