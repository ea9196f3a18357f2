import type { DatasetRecord } from "../../../domain/wire/dataset-api-types";
import type { DatasetSummary, SummaryEntity } from "../../../domain/wire/dataset-summary-types";
import { entityTypeName } from "../../canvas/entity-style";
import { useDatasets } from "../../datasets/datasets-context";
import { useExplorer } from "../explorer-context";
import { EntityBadge } from "../selection/EntityBadge";
import { shownDatasets, shownEntities } from "./large-graph";
import {
  groupSize,
  holdingsCount,
  largestGroupsNote,
  mostHoldingsNote,
  startPageLead,
  summaryDayNote,
  ultimateParentsNote,
} from "./start-page-text";
import { useDatasetSummaries, type SummaryState } from "./use-dataset-summaries";
import "./start-page.css";

const number = (value: number) => value.toLocaleString("en-GB");

function EntityList({
  title,
  entities,
  detail,
  note,
}: {
  title: string;
  entities: readonly SummaryEntity[];
  detail: (entity: SummaryEntity, index: number) => string;
  note: string | null;
}) {
  const { controller } = useExplorer();
  return (
    <section className="start-list" aria-label={title}>
      <h4>{title}</h4>
      {entities.length === 0 ? (
        <p className="start-none">None.</p>
      ) : (
        <ol>
          {entities.map((entity, index) => (
            <li key={entity.id}>
              <button
                type="button"
                className="start-entity"
                onClick={() => void controller.openEntity(entity.id)}
                title={`Draw ${entity.caption} (${entity.id})`}
              >
                <EntityBadge type={entity.type} showName={false} />
                <span className="start-caption">{entity.caption}</span>
              </button>
              <span className="start-detail">{detail(entity, index)}</span>
            </li>
          ))}
        </ol>
      )}
      {note && <p className="start-more">{note}</p>}
    </section>
  );
}

function SummaryBody({ summary }: { summary: DatasetSummary }) {
  const groups = summary.largestGroups.shown;
  return (
    <>
      <p className="start-counts">
        {summary.entityTypes.map((entry) => (
          <span key={entry.type} className="start-count">
            <EntityBadge type={entry.type} showName={false} />
            {number(entry.count)} {entityTypeName(entry.type)}
          </span>
        ))}
        {summary.relationshipTypes.map((entry) => (
          <span key={entry.type} className="start-count">
            {number(entry.count)} {entry.type}
          </span>
        ))}
      </p>
      <div className="start-lists">
        <EntityList
          title="Largest groups"
          entities={groups}
          detail={(_, index) => groupSize(groups[index]?.members ?? 0)}
          note={largestGroupsNote(summary)}
        />
        <EntityList
          title="Most holdings"
          entities={summary.mostHoldings.shown}
          detail={(entity) => holdingsCount(entity.holdings)}
          note={mostHoldingsNote(summary)}
        />
        <EntityList
          title="Ultimate parents"
          entities={summary.ultimateParents.shown}
          detail={(entity) => holdingsCount(entity.holdings)}
          note={ultimateParentsNote(summary)}
        />
      </div>
      <p className="start-day">{summaryDayNote(summary)}</p>
    </>
  );
}

function DatasetCard({ dataset, state }: { dataset: DatasetRecord; state: SummaryState }) {
  return (
    <article className="start-dataset" aria-label={`Dataset ${dataset.id}`}>
      <h3>
        {dataset.title || dataset.id} <span className="start-id">{dataset.id}</span>
      </h3>
      <p className="start-totals">
        {number(dataset.entities)} entities, {number(dataset.relationships)} relationships,{" "}
        {number(dataset.sources)} sources
      </p>
      {state.status === "loading" && <p className="start-none">Reading the summary…</p>}
      {state.status === "error" && (
        <p className="start-error" role="alert">
          The summary could not be read: {state.message}
        </p>
      )}
      {state.status === "ready" && <SummaryBody summary={state.summary} />}
    </article>
  );
}

/**
 * The start page of a graph too large to draw at once: each shown dataset's counts, largest
 * groups, entities with the most holdings and ultimate parents; picking one draws it.
 */
export function StartPage() {
  const { snapshot } = useExplorer();
  const { datasets } = useDatasets();
  const hidden = snapshot.view.hiddenDatasets;
  const shown = shownDatasets(datasets, hidden);
  const summaryOf = useDatasetSummaries(shown);
  return (
    <div className="start-page" role="region" aria-label="Start page">
      <h2>Where to start</h2>
      <p className="start-lead">{startPageLead(shownEntities(datasets, hidden))}</p>
      {shown.map((dataset) => (
        <DatasetCard key={dataset.id} dataset={dataset} state={summaryOf(dataset)} />
      ))}
    </div>
  );
}
