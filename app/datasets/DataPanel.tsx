import { useEffect, useState } from "react";
import { fetchSession, type SessionAnswer } from "../api/session-api";
import { DatasetList } from "./DatasetList";
import { ImportForm } from "./ImportForm";
import { ImportStatus } from "./ImportStatus";
import { useDatasets, useDatasetsStore } from "./datasets-context";
import "./data-panel.css";

/**
 * The Data panel: import files as a dataset (editors), follow the import and read its report,
 * list the datasets, show or hide each in the explorer, remove one.
 */
export function DataPanel() {
  const store = useDatasetsStore();
  const { datasets, formats, loaded, job, jobElapsedMs, error, busy } = useDatasets();
  const [role, setRole] = useState<SessionAnswer["role"] | "unknown">("unknown");
  useEffect(() => {
    void store?.refresh();
    fetchSession().then(
      (session) => setRole(session.role),
      () => setRole(null),
    );
  }, [store]);
  if (!store) return null;
  const canEdit = role === "editor";
  return (
    <div className="data-panel">
      <section className="data-import" aria-label="Import data">
        <h3>Import</h3>
        {canEdit ? (
          <ImportForm store={store} busy={busy || job?.state === "running"} />
        ) : (
          role !== "unknown" && (
            <p className="muted">
              You are signed in as a reader: an editor can import and remove datasets.
            </p>
          )
        )}
        {formats.length > 0 && (
          <p className="muted import-formats">
            Formats this server reads: {formats.map((format) => format.label).join(", ")}.
          </p>
        )}
        {error && (
          <p className="data-error" role="alert">
            {error}
          </p>
        )}
        {job && <ImportStatus job={job} elapsedMs={jobElapsedMs} />}
      </section>
      <section className="data-datasets" aria-label="Datasets in the graph">
        <h3>Datasets</h3>
        {loaded ? (
          <DatasetList datasets={datasets} store={store} canEdit={canEdit} busy={busy} />
        ) : (
          <p className="muted">Reading the datasets…</p>
        )}
      </section>
    </div>
  );
}
