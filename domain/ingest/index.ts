/** Bringing data in: datasets, the model's rows, and the importer seam. */
export * from "./dataset";
export * from "./model-rows";
export * from "./importer";
