import { useEffect, useState } from "react";
import type { DatasetRecord } from "../../../domain/wire/dataset-api-types";
import type { DatasetSummary } from "../../../domain/wire/dataset-summary-types";
import { fetchDatasetSummary } from "../../api/dataset-api";

export type SummaryState =
  | { status: "loading" }
  | { status: "ready"; summary: DatasetSummary }
  | { status: "error"; message: string };

const LOADING: SummaryState = { status: "loading" };
const versionKey = (dataset: DatasetRecord) => `${dataset.id}@${dataset.version}`;

/** Each dataset's summary, fetched once per dataset version; loading until it arrives. */
export function useDatasetSummaries(
  datasets: readonly DatasetRecord[],
): (dataset: DatasetRecord) => SummaryState {
  const [states, setStates] = useState<ReadonlyMap<string, SummaryState>>(new Map());
  const keys = datasets.map(versionKey).join("\n");
  useEffect(() => {
    const abort = new AbortController();
    for (const key of keys === "" ? [] : keys.split("\n")) {
      const id = key.slice(0, key.lastIndexOf("@"));
      const settle = (state: SummaryState) => {
        if (!abort.signal.aborted) setStates((now) => new Map(now).set(key, state));
      };
      fetchDatasetSummary(id, abort.signal).then(
        (summary) => settle({ status: "ready", summary }),
        (error: unknown) =>
          settle({
            status: "error",
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }
    return () => abort.abort();
  }, [keys]);
  return (dataset) => states.get(versionKey(dataset)) ?? LOADING;
}
