/** The seed knowledge graph: data in graph-seed/data, validated, then written in one transaction. */
export { validateSeed, SEED_WRITER_FORMAT } from "./validate-seed";
export { readSeedDirectory, readSeedFiles, SEED_DATA_DIRECTORY } from "./read-seed-directory";
export {
  writeSeed,
  SEED_META_KEY,
  type SeedTransaction,
  type SeedWriteSummary,
} from "./write-seed";
export {
  SeedValidationError,
  SeedWriteError,
  formatProblem,
  type SeedProblem,
} from "./seed-validation-error";
export * from "./seed-types";
