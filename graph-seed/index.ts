/**
 * The seed knowledge graph: data in graph-seed/data, validated, then written as the dataset
 * `seed` through the ingest seam (seed-importer.ts; the writer is server/ingest/).
 */
export { validateSeed } from "./validate-seed";
export { readSeedDirectory, readSeedFiles, SEED_DATA_DIRECTORY } from "./read-seed-directory";
export { seedImporter, SEED_DATASET_ID } from "./seed-importer";
export { seedModelRows } from "./seed-model-rows";
export { SeedValidationError } from "./seed-validation-error";
export * from "./seed-types";
