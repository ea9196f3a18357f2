import { useExplorer, captionIn, labelIn } from "../explorer-context";
import { entityType } from "../../canvas/entity-style";
import { EntityBadge } from "./EntityBadge";
import { EntityActions } from "./EntityActions";
import { OwnersTimeline } from "../time/OwnersTimeline";
import { FactList } from "./FactList";
import { CitationList } from "./CitationList";
import { RelationshipItem } from "./RelationshipItem";
import { useDatasets } from "../../datasets/datasets-context";
import { datasetTitle } from "../../datasets/dataset-text";
import { allNames, identifierRows, labelOf, nameRows, otherRows, valueText } from "./entity-facts";

/** The evidence panel for the selected entity: names, identifiers, facts, relationships, sources. */
export function EntityPanel({ id }: { id: string }) {
  const { controller, snapshot } = useExplorer();
  const store = controller.model.store;
  const node = store.node(id);
  const details = snapshot.details?.id === id ? snapshot.details : null;
  const { datasets } = useDatasets();
  if (!node) return null;
  const type = entityType(node);
  const properties = node.properties;
  const names = allNames(properties);
  const description = valueText(properties["description"]);
  const dataset = valueText(properties["dataset"]);
  const relationships = details?.relationships;
  const sourceOf = (sourceId: string) =>
    store.source(sourceId) ?? details?.details?.sources[sourceId];

  return (
    <section className="panel-section" aria-label="Selected entity">
      <header className="entity-header">
        <EntityBadge type={type} />
        <h2>{captionIn(controller, id)}</h2>
      </header>
      <EntityActions id={id} />
      <OwnersTimeline key={id} id={id} />
      {dataset && (
        <p className="claim-dataset" title={dataset}>
          dataset: {datasetTitle(dataset, datasets)}
        </p>
      )}
      {description && <p className="entity-description">{description}</p>}
      <h3>Names</h3>
      <FactList rows={nameRows(properties)} />
      {names.length > 0 && (
        <p className="all-names" aria-label="All names">
          {names.map((name) => (
            <span key={name} className="name-chip">
              {name}
            </span>
          ))}
        </p>
      )}
      <h3>Identifiers</h3>
      <FactList rows={identifierRows(properties, type)} />
      {otherRows(properties).length > 0 && (
        <>
          <h3>Other facts</h3>
          <FactList rows={otherRows(properties)} />
        </>
      )}
      {details?.status === "loading" && <p className="panel-note">Reading the sources…</p>}
      {details?.status === "error" && <p className="panel-note error">{details.error}</p>}
      {details?.details && details.details.propertyCitations.length > 0 && (
        <>
          <h3>Sources for these facts</h3>
          <ul className="property-citations">
            {details.details.propertyCitations.map((citation, index) => (
              <li key={`${citation.sourceId}-${index}`}>
                <span className="cited-properties">
                  {citation.properties.length > 0
                    ? citation.properties.map(labelOf).join(", ")
                    : "That it exists"}
                </span>
                <span className={`firmness firmness-${citation.firmness ?? "unknown"}`}>
                  {citation.firmness ?? "unknown"}
                </span>
                <CitationList
                  citations={[
                    {
                      sourceId: citation.sourceId,
                      source: sourceOf(citation.sourceId) ?? null,
                      quote: citation.quote,
                      quoteKind: citation.quoteKind,
                    },
                  ]}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {relationships && (
        <>
          <h3>
            Relationships <span className="count">({relationships.total})</span>
          </h3>
          {relationships.total === 0 && (
            <p className="panel-note">No relationships to other entities.</p>
          )}
          <ul className="relationships">
            {relationships.items.flatMap((item) => {
              const edge = store.edge(item.edge.key);
              return edge
                ? [
                    <RelationshipItem
                      key={edge.key}
                      edge={edge}
                      perspective={id}
                      captionOf={(key) => labelIn(controller, key)}
                      sourceOf={sourceOf}
                      onOpen={(key) => controller.showEntity(key)}
                    />,
                  ]
                : [];
            })}
          </ul>
          {relationships.remaining > 0 && (
            <button type="button" onClick={() => void controller.details.more()}>
              Show {Math.min(relationships.remaining, 100)} more of {relationships.remaining}{" "}
              remaining
            </button>
          )}
        </>
      )}
    </section>
  );
}
