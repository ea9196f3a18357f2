/**
 * The pure validator: takes the four parsed data files (and the source texts the seed holds) and
 * returns the typed dataset, or throws one SeedValidationError listing every problem as
 * "file › entry › reason. Fix: hint". A quote from a source whose text is held must be in it.
 */
import { createHash } from "node:crypto";
import { ProblemList } from "./seed-validation-error";
import { SEED_FILE_NAMES, type EntityType, type SeedDataset, type SeedFiles } from "./seed-types";
import { isRecord } from "./entry-helpers";
import { validateSources } from "./validate-sources";
import { validateEntities } from "./validate-entities";
import { validateRelationships } from "./validate-relationships";
import { parseSourceTexts } from "./source-texts";

/**
 * Bump when the writer stores the same data differently (new computed property, new query),
 * so that databases loaded by the old writer reload even though the data files did not change.
 */
export const SEED_WRITER_FORMAT = 4;

const MANIFEST_VERSION = /^[0-9A-Za-z][0-9A-Za-z.-]*$/;

export function validateSeed(files: SeedFiles): SeedDataset {
  const problems = new ProblemList();
  const manifestVersion = readManifestVersion(files.manifest, problems);
  const sources = validateSources(files.sources, problems);
  const sourceIds = new Set(sources.map((source) => source.id));
  const citable = {
    ids: sourceIds,
    texts: parseSourceTexts(files.sourceTexts, sourceIds, problems),
  };
  const entities = validateEntities(files.entities, citable, problems);
  const entityTypes = new Map<string, EntityType>(
    entities.map((entity) => [entity.id, entity.type]),
  );
  const relationships = validateRelationships(files.relationships, entityTypes, citable, problems);

  const relationshipIds = new Set(relationships.map((relationship) => relationship.id));
  for (const entity of entities) {
    for (const citation of entity.citations) {
      if (relationshipIds.has(citation.id)) {
        problems.add(
          SEED_FILE_NAMES.relationships,
          citation.id,
          `duplicate id: the loader gives this id to a citation of entity "${entity.id}"`,
          `rename the relationship; ids ending in "-sourced-<n>" are taken`,
        );
      }
    }
  }
  const cited = new Set([
    ...entities.flatMap((entity) => entity.citations.map((citation) => citation.sourceId)),
    ...relationships.flatMap((relationship) =>
      relationship.citations.map((citation) => citation.sourceId),
    ),
  ]);
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.add(
        SEED_FILE_NAMES.sources,
        source.id,
        "is defined but nothing cites it",
        "cite it where it is used, or remove it",
      );
    }
  }
  problems.throwIfAny();
  return {
    seedVersion: `${manifestVersion}+${contentHash(files)}`,
    manifestVersion,
    sources,
    entities,
    relationships,
  };
}

function readManifestVersion(manifest: unknown, problems: ProblemList): string {
  const version = isRecord(manifest) ? manifest["seedVersion"] : undefined;
  if (typeof version === "string" && MANIFEST_VERSION.test(version)) return version;
  problems.add(
    SEED_FILE_NAMES.manifest,
    "seedVersion",
    `is ${JSON.stringify(version)}; it must be a string such as "2026-11-27.1"`,
    `set "seedVersion" to today's date and a counter, and bump it with every change to the data`,
  );
  return "invalid";
}

/**
 * A hash of the parsed data and the writer format. It is part of seedVersion, so any change
 * to the data reloads the database even if someone forgets to bump the manifest.
 */
function contentHash(files: SeedFiles): string {
  const canonical = JSON.stringify([
    SEED_WRITER_FORMAT,
    files.manifest,
    files.sources,
    files.entities,
    files.relationships,
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}
