/** The seed knowledge graph: data in graph-seed/data, validated, then written in one transaction. */
export { validateSeed } from "./validate-seed";
export { readSeedDirectory, readSeedFiles, SEED_DATA_DIRECTORY } from "./read-seed-directory";
export { writeSeed, SEED_META_KEY, type SeedTransaction } from "./write-seed";
export { SeedValidationError, SeedWriteError } from "./seed-validation-error";
export * from "./seed-types";
