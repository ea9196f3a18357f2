import { createContext, useContext, useSyncExternalStore } from "react";
import type { DatasetsSnapshot, DatasetsStore } from "./datasets-store";

/** The page's datasets store (null outside the app, e.g. in a test of one component). */
export const DatasetsContext = createContext<DatasetsStore | null>(null);

const NONE: DatasetsSnapshot = {
  datasets: [],
  formats: [],
  loaded: false,
  job: null,
  jobElapsedMs: 0,
  error: null,
  busy: false,
};
const nothing = () => () => undefined;

export function useDatasetsStore(): DatasetsStore | null {
  return useContext(DatasetsContext);
}

/** What the page knows of the datasets, re-rendering when it changes. */
export function useDatasets(): DatasetsSnapshot {
  const store = useContext(DatasetsContext);
  return useSyncExternalStore(store?.subscribe ?? nothing, store?.getSnapshot ?? (() => NONE));
}
