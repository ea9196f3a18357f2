/**
 * What the page knows of the datasets: the list, the formats the server reads, the import in
 * progress (polled until it is over) and the last thing that went wrong. One store for the Data
 * panel and the evidence panel (which names each claim's dataset by its title).
 */
import type {
  DatasetRecord,
  DatasetsResponse,
  ImportJobAnswer,
} from "../../domain/wire/dataset-api-types";
import { describeFailure } from "../explorer/controller/request-runner";
import {
  fetchDataset,
  fetchDatasets,
  removeDataset,
  startImport,
  type ImportRequest,
} from "../api/dataset-api";

export interface DatasetsSnapshot {
  datasets: DatasetRecord[];
  formats: DatasetsResponse["formats"];
  loaded: boolean;
  /** The import running or last run from this page, and how long this page has followed it. */
  job: ImportJobAnswer | null;
  jobElapsedMs: number;
  /** The last request that failed (an upload refused, a removal refused), in a sentence. */
  error: string | null;
  busy: boolean;
}

const POLL_MS = 400;

export class DatasetsStore {
  private snapshot: DatasetsSnapshot = {
    datasets: [],
    formats: [],
    loaded: false,
    job: null,
    jobElapsedMs: 0,
    error: null,
    busy: false,
  };
  private readonly listeners = new Set<() => void>();
  private polling: ReturnType<typeof setTimeout> | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DatasetsSnapshot => this.snapshot;

  private update(change: Partial<DatasetsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  async refresh(): Promise<void> {
    try {
      const answer = await fetchDatasets();
      this.update({ datasets: answer.datasets, formats: answer.formats, loaded: true });
      if (answer.running && this.snapshot.job === null) this.follow(answer.running, Date.now());
    } catch (error) {
      this.update({ error: describeFailure(error).message, loaded: true });
    }
  }

  /** Uploads files and follows their import until it is over. */
  async importFiles(request: ImportRequest): Promise<void> {
    this.update({ busy: true, error: null, job: null });
    try {
      const answer = await startImport(request);
      this.follow(answer.import, Date.now());
    } catch (error) {
      this.update({ error: describeFailure(error).message });
    } finally {
      this.update({ busy: false });
    }
  }

  async remove(id: string): Promise<boolean> {
    this.update({ busy: true, error: null });
    try {
      await removeDataset(id);
      await this.refresh();
      return true;
    } catch (error) {
      this.update({ error: describeFailure(error).message });
      return false;
    } finally {
      this.update({ busy: false });
    }
  }

  private follow(job: ImportJobAnswer, startedAt: number): void {
    this.update({ job, jobElapsedMs: Date.now() - startedAt });
    if (job.state !== "running") {
      void this.refresh();
      return;
    }
    this.stopPolling();
    this.polling = setTimeout(() => void this.poll(job.datasetId, startedAt), POLL_MS);
  }

  private async poll(datasetId: string, startedAt: number): Promise<void> {
    this.polling = null;
    try {
      const answer = await fetchDataset(datasetId);
      if (answer.import) this.follow(answer.import, startedAt);
    } catch (error) {
      this.update({ error: describeFailure(error).message });
    }
  }

  private stopPolling(): void {
    if (this.polling !== null) clearTimeout(this.polling);
    this.polling = null;
  }

  dispose(): void {
    this.stopPolling();
    this.listeners.clear();
  }
}
