/**
 * How the Data panel and the evidence panel word datasets and imports. Plain functions over the
 * datasets API's answers; progress itself is worded once, in domain/ingest/import-progress.ts.
 */
import { importProgressText } from "../../domain/ingest/import-progress";
import type { ImportProblem } from "../../domain/ingest/import-problems";
import type { DatasetRecord, ImportJobAnswer } from "../../domain/wire/dataset-api-types";

/** A dataset's title where the page knows it, else its id. */
export function datasetTitle(id: string, datasets: readonly DatasetRecord[]): string {
  const title = datasets.find((dataset) => dataset.id === id)?.title;
  return title ? title : id;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** "2 entities, 1 relationship, 1 source, 0 citations" */
export function countsText(counts: {
  entities: number;
  relationships: number;
  sources: number;
  citations: number;
}): string {
  return [
    plural(counts.entities, "entity", "entities"),
    plural(counts.relationships, "relationship", "relationships"),
    plural(counts.sources, "source", "sources"),
    plural(counts.citations, "citation", "citations"),
  ].join(", ");
}

/** Where a problem is: "file.json, line 12", or the file alone. */
export function problemPlace(problem: Pick<ImportProblem, "file" | "at">): string {
  return problem.at === null ? problem.file : `${problem.file}, ${problem.at}`;
}

/** One sentence on where an import stands, for the panel's status line. */
export function importHeadline(job: ImportJobAnswer, elapsedMs: number): string {
  const format = job.format ? ` as ${job.format.label}` : "";
  switch (job.state) {
    case "running":
      return job.progress
        ? `Importing ${job.datasetId}${format}: ${importProgressText(job.progress, elapsedMs)}`
        : `Importing ${job.datasetId}${format}: starting…`;
    case "rejected": {
      const errors = job.report?.errorCount ?? 0;
      return `${job.datasetId} was not imported: the files hold ${plural(errors, "error", "errors")} (listed below); nothing was written. Fix them and import again.`;
    }
    case "failed":
      return `The import of ${job.datasetId} failed: ${job.error ?? "no reason given"}. Nothing was written.`;
    case "done": {
      const counts = job.counts ? ` (${countsText(job.counts)})` : "";
      if (job.status === "unchanged")
        return `${job.datasetId} is already in the graph with these very files: nothing changed.`;
      if (job.status === "checked")
        return `${job.datasetId} checked${format}, nothing written${counts}.`;
      return `${job.datasetId} imported${format}${counts}.`;
    }
  }
}

/** The datasets shown first by title, the seed last (it is always there). */
export function sortedDatasets(datasets: readonly DatasetRecord[]): DatasetRecord[] {
  return [...datasets].sort((a, b) => {
    if ((a.id === "seed") !== (b.id === "seed")) return a.id === "seed" ? 1 : -1;
    return (a.title || a.id).localeCompare(b.title || b.id);
  });
}
