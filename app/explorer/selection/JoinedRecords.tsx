import { identityKeyText } from "../../../domain/model";
import type { JoinedRecord } from "../../../domain/wire/explorer-api-types";
import { useDatasets } from "../../datasets/datasets-context";
import { datasetTitle } from "../../datasets/dataset-text";

interface JoinedRecordsProps {
  /** The selected record's dataset. */
  dataset: string | null;
  records: readonly JoinedRecord[];
  onOpen: (id: string) => void;
}

/**
 * The records of other datasets joined with the selected one as the same entity, each with its
 * dataset and the identifiers both hold (docs/model.md, "Joined records").
 */
export function JoinedRecords({ dataset, records, onOpen }: JoinedRecordsProps) {
  const { datasets } = useDatasets();
  if (records.length === 0) return null;
  const titleOf = (id: string | null) =>
    id === null ? "dataset not recorded" : `dataset: ${datasetTitle(id, datasets)}`;
  return (
    <>
      <h3>Joined records</h3>
      <p className="panel-note">
        The same entity in other datasets, joined on an identifier both records hold (never on a
        name): search, chains and paths count them as one.
      </p>
      <ul className="property-citations joined-records" aria-label="Joined records">
        <li>
          <strong>This record</strong>
          <div className="claim-dataset">{titleOf(dataset)}</div>
        </li>
        {records.map((record) => (
          <li key={record.id} data-joined-id={record.id}>
            <button type="button" className="link-button" onClick={() => onOpen(record.id)}>
              {record.caption}
            </button>
            <div className="claim-dataset" title={record.dataset ?? undefined}>
              {titleOf(record.dataset)}
            </div>
            <div className="joined-on">
              joined on {record.joinedOn.map(identityKeyText).join(", ")}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
