/**
 * The imports the server runs, one at a time, each kept by its dataset id with its progress and,
 * once over, its outcome or the report of what was wrong (for GET /api/datasets/:id). Memory
 * stays small: only the last few finished imports are kept.
 */
import { ImportRejectedError, type ImportProgress, type ImportReport } from "../../domain/ingest";
import type { ImportJobState } from "../../domain/wire/dataset-api-types";
import type { DatasetImportOutcome } from "./run-dataset-import";

export type { ImportJobState } from "../../domain/wire/dataset-api-types";

export interface ImportJob {
  datasetId: string;
  /** The format named or detected (set by whoever starts the import). */
  format: { id: string; label: string } | null;
  state: ImportJobState;
  startedAt: string;
  finishedAt: string | null;
  progress: ImportProgress | null;
  outcome: DatasetImportOutcome | null;
  /** The problems found, when rejected (or the warnings of a finished one). */
  report: ImportReport | null;
  /** Why it failed, when it did for another reason than the files (Neo4j, disk). */
  error: string | null;
}

const FINISHED_KEPT = 20;

/** Asked to start an import while one runs. */
export class ImportBusyError extends Error {
  override readonly name = "ImportBusyError";
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private running: ImportJob | null = null;

  get(datasetId: string): ImportJob | undefined {
    return this.jobs.get(datasetId);
  }

  /** The import running now, if any. */
  current(): ImportJob | null {
    return this.running;
  }

  /**
   * Starts `run` as the import of `datasetId` and returns its job at once; `run` reports
   * progress through the callback it is given. `cleanup` runs when it is over, however it ends.
   */
  start(
    datasetId: string,
    run: (onProgress: (progress: ImportProgress) => void) => Promise<DatasetImportOutcome>,
    cleanup: () => Promise<void>,
  ): ImportJob {
    if (this.running !== null) {
      throw new ImportBusyError(
        `The import of ${this.running.datasetId} is running: wait until it is over, then try again.`,
      );
    }
    const job: ImportJob = {
      datasetId,
      format: null,
      state: "running",
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: null,
      outcome: null,
      report: null,
      error: null,
    };
    this.running = job;
    this.jobs.delete(datasetId);
    this.jobs.set(datasetId, job);
    void run((progress) => {
      job.progress = progress;
    })
      .then(
        (outcome) => {
          job.state = "done";
          job.outcome = outcome;
          job.report = outcome.report;
        },
        (error: unknown) => {
          if (error instanceof ImportRejectedError) {
            job.state = "rejected";
            job.report = error.report;
          } else {
            job.state = "failed";
          }
          job.error = error instanceof Error ? error.message : String(error);
        },
      )
      .finally(async () => {
        job.finishedAt = new Date().toISOString();
        this.running = null;
        this.forgetOld();
        await cleanup().catch(() => undefined);
      });
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== "running");
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) {
      this.jobs.delete(job.datasetId);
    }
  }
}
