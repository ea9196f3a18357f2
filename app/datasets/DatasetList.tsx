import { useState } from "react";
import type { DatasetRecord } from "../../domain/wire/dataset-api-types";
import { useExplorer } from "../explorer/explorer-context";
import { countsText, sortedDatasets } from "./dataset-text";
import type { DatasetsStore } from "./datasets-store";

/**
 * The datasets in the graph, each shown or hidden in the explorer, and (for editors) removable
 * after a confirmation. The seed cannot be removed: it is loaded again at every start.
 */
export function DatasetList({
  datasets,
  store,
  canEdit,
  busy,
}: {
  datasets: readonly DatasetRecord[];
  store: DatasetsStore;
  canEdit: boolean;
  busy: boolean;
}) {
  const { controller, snapshot } = useExplorer();
  const hidden = snapshot.view.hiddenDatasets;
  const [confirming, setConfirming] = useState<string | null>(null);
  if (datasets.length === 0) return <p className="muted">No dataset yet.</p>;
  return (
    <ul className="dataset-list" aria-label="Datasets">
      {sortedDatasets(datasets).map((dataset) => (
        <li key={dataset.id} className="dataset" data-dataset-id={dataset.id}>
          <div className="dataset-head">
            <label className="dataset-shown" title="Show this dataset in the explorer">
              <input
                type="checkbox"
                checked={!hidden.includes(dataset.id)}
                onChange={(event) =>
                  void controller.setDatasetHidden(dataset.id, !event.target.checked)
                }
                aria-label={`Show ${dataset.title || dataset.id} in the explorer`}
              />{" "}
              <strong className="dataset-title">{dataset.title || dataset.id}</strong>
            </label>{" "}
            <code className="dataset-id">{dataset.id}</code>{" "}
            <span className="dataset-format">{dataset.format}</span>
            {canEdit && dataset.id !== "seed" && confirming !== dataset.id && (
              <button
                type="button"
                className="small dataset-remove"
                disabled={busy}
                onClick={() => setConfirming(dataset.id)}
              >
                Remove…
              </button>
            )}
          </div>
          <div className="dataset-facts">
            {countsText(dataset)} · imported {dataset.importedAt || "at an unknown time"}
            {" · "}
            {dataset.publisher ?? "publisher not stated"} ·{" "}
            {dataset.licence ?? "licence not stated"}
          </div>
          {dataset.fileNames.length > 0 && (
            <div className="dataset-files">files: {dataset.fileNames.join(", ")}</div>
          )}
          {confirming === dataset.id && (
            <div className="dataset-confirm" role="alertdialog" aria-label="Confirm removal">
              Remove {dataset.title || dataset.id} and everything it wrote ({countsText(dataset)})?
              Facts another dataset also states stay.{" "}
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  void store.remove(dataset.id).then((removed) => {
                    setConfirming(null);
                    if (removed) controller.datasetRemoved(dataset.id);
                  })
                }
              >
                Remove {dataset.id}
              </button>{" "}
              <button type="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
