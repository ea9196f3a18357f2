import { useId, useState, type DragEvent } from "react";
import type { DatasetsStore } from "./datasets-store";

/**
 * Files to import: dropped or chosen (several at once, e.g. GLEIF's LEI, relationship and
 * exception files), an optional CSV mapping file, and optionally the dataset's id and title.
 * The server detects the format.
 */
export function ImportForm({ store, busy }: { store: DatasetsStore; busy: boolean }) {
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<File | null>(null);
  const [dataset, setDataset] = useState("");
  const [title, setTitle] = useState("");
  const [over, setOver] = useState(false);
  const ids = { files: useId(), mapping: useId(), dataset: useId(), title: useId() };

  const add = (list: FileList | null) => {
    if (!list) return;
    const picked = [...list];
    setFiles((before) => [
      ...before.filter((file) => !picked.some((next) => next.name === file.name)),
      ...picked,
    ]);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    add(event.dataTransfer.files);
  };
  const submit = () => {
    void store.importFiles({ files, mapping: mapping ?? undefined, dataset, title }).then(() => {
      setFiles([]);
      setMapping(null);
    });
  };

  return (
    <div className="import-form">
      <div
        className={over ? "drop-zone over" : "drop-zone"}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-label="Drop files to import here"
      >
        <p>Drop files here (BODS, FollowTheMoney, GLEIF, CSV), or</p>
        <label htmlFor={ids.files} className="file-choose">
          Choose files…
        </label>
        <input
          id={ids.files}
          type="file"
          multiple
          aria-label="Files to import"
          onChange={(event) => {
            add(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className="import-files" aria-label="Files chosen">
          {files.map((file) => (
            <li key={file.name}>
              {file.name} <span className="muted">({file.size.toLocaleString("en-GB")} bytes)</span>{" "}
              <button
                type="button"
                className="small"
                onClick={() => setFiles((before) => before.filter((other) => other !== file))}
              >
                Leave out
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="import-options">
        <label htmlFor={ids.mapping}>CSV mapping file (optional)</label>
        <input
          id={ids.mapping}
          type="file"
          onChange={(event) => setMapping(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={ids.dataset}>Dataset id (optional)</label>
        <input
          id={ids.dataset}
          type="text"
          value={dataset}
          placeholder="from the first file's name"
          onChange={(event) => setDataset(event.target.value.trim())}
        />
        <label htmlFor={ids.title}>Title (optional)</label>
        <input
          id={ids.title}
          type="text"
          value={title}
          placeholder="from the files"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <button type="button" disabled={files.length === 0 || busy} onClick={submit}>
        {files.length > 1 ? `Import ${String(files.length)} files` : "Import"}
      </button>
    </div>
  );
}
