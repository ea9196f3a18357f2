import type { StoredEdge } from "../store/entity-store";
import type { SourceRecord } from "../../../domain/wire/explorer-api-types";
import { CitationList } from "./CitationList";
import { relationshipVerb } from "../../../domain/model";
import { citationsOf, claimDetails } from "./relationship-facts";
import { valueText } from "./entity-facts";
import { useDatasets } from "../../datasets/datasets-context";
import { datasetTitle } from "../../datasets/dataset-text";
import { useExplorer } from "../explorer-context";
import { linkOnDay, linkOnDayText } from "../time/link-on-day";

interface RelationshipItemProps {
  edge: StoredEdge;
  /** Caption of an entity by key. */
  captionOf: (key: string) => string;
  sourceOf: (id: string) => SourceRecord | undefined;
  /** When the panel is about one of the two ends, the other end is the link to follow. */
  perspective?: string;
  onOpen?: (key: string) => void;
}

/** One relationship with its claim, firmness, the dataset that states it, and citations. */
export function RelationshipItem({
  edge,
  captionOf,
  sourceOf,
  perspective,
  onOpen,
}: RelationshipItemProps) {
  const firmness = valueText(edge.properties["firmness"]) ?? "unknown";
  const other = perspective === edge.target ? edge.source : edge.target;
  const endName = (key: string) =>
    onOpen && key === other && perspective !== undefined ? (
      <button type="button" className="link-button" onClick={() => onOpen(key)}>
        {captionOf(key)}
      </button>
    ) : (
      <strong>{captionOf(key)}</strong>
    );
  const { datasets } = useDatasets();
  const dataset = valueText(edge.properties["dataset"]);
  const details = claimDetails(edge.type, edge.properties);
  const description = valueText(edge.properties["description"]);
  const asOf = useExplorer().snapshot.view.asOf;
  const onDay = linkOnDayText(linkOnDay(edge.properties, asOf, edge.type), asOf);
  return (
    <li className="relationship" data-relationship-type={edge.type}>
      <div className="relationship-claim">
        {endName(edge.source)}{" "}
        <span className="relationship-verb">{relationshipVerb(edge.type)}</span>{" "}
        {endName(edge.target)}
        <span className={`firmness firmness-${firmness}`} title="How firm the claim is">
          {firmness}
        </span>
      </div>
      {details.length > 0 && <div className="relationship-details">{details.join(" · ")}</div>}
      {onDay && <div className="relationship-on-day">{onDay}</div>}
      {description && <div className="relationship-description">{description}</div>}
      <div className="claim-dataset" title={dataset ?? undefined}>
        {dataset === null ? "dataset not recorded" : `dataset: ${datasetTitle(dataset, datasets)}`}
      </div>
      <CitationList citations={citationsOf(edge.properties, sourceOf)} />
    </li>
  );
}
