/**
 * When the explorer opens on the start page instead of drawing a first picture: a graph larger
 * than a canvas stays interactive with (about 5,000 entities on a machine without a GPU;
 * BENCHMARKS.md) opens on its datasets' summaries and search, and draws only what the user picks.
 */
import type { DatasetRecord } from "../../../domain/wire/dataset-api-types";

export const START_PAGE_ABOVE_ENTITIES = 5_000;

/** The datasets a view shows (not hidden), largest first. */
export function shownDatasets(
  datasets: readonly DatasetRecord[],
  hiddenDatasets: readonly string[],
): DatasetRecord[] {
  return datasets
    .filter((dataset) => !hiddenDatasets.includes(dataset.id))
    .sort((a, b) => b.entities - a.entities || a.id.localeCompare(b.id));
}

/** The number of entities the shown datasets hold. */
export function shownEntities(
  datasets: readonly DatasetRecord[],
  hiddenDatasets: readonly string[],
): number {
  return shownDatasets(datasets, hiddenDatasets).reduce(
    (sum, dataset) => sum + dataset.entities,
    0,
  );
}

export function opensOnStartPage(
  datasets: readonly DatasetRecord[],
  hiddenDatasets: readonly string[],
): boolean {
  return shownEntities(datasets, hiddenDatasets) > START_PAGE_ABOVE_ENTITIES;
}
