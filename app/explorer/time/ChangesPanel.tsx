/**
 * What changed along an entity's chain up and holdings down between two days, as the server
 * worked it out (domain/time/link-changes.ts): links that appeared, changed or ended, each with
 * its evidence; the canvas shows them in the same colours.
 */
import type { LinkChange, LinkChangeKind } from "../../../domain/time";
import { CHANGE_COLOURS } from "../../canvas/edge-style";
import { captionIn, labelIn, useExplorer } from "../explorer-context";
import type { ChangesState } from "../controller/explorer-snapshot";
import { RelationshipItem } from "../selection/RelationshipItem";
import { changedEdgeKey } from "./changes-state";

const HEADINGS: Readonly<Record<LinkChangeKind, string>> = {
  appeared: "Appeared",
  changed: "Changed",
  ended: "Ended",
};

function shareChange(change: LinkChange): string | null {
  if (change.kind !== "changed") return null;
  return `share ${change.shareBefore ?? "not stated"} → ${change.shareAfter ?? "not stated"}`;
}

export function ChangesPanel({ changes }: { changes: ChangesState }) {
  const { controller } = useExplorer();
  const store = controller.model.store;
  const { response } = changes;
  const caption = captionIn(controller, response.entityId);
  const kinds = (["appeared", "changed", "ended"] as const).filter((kind) =>
    response.changes.some((change) => change.kind === kind),
  );
  return (
    <section className="panel-section changes-panel" aria-label="Changes">
      <header className="panel-header">
        <h2>
          What changed around {caption} from {response.from} to {response.to}
        </h2>
        <button type="button" className="small" onClick={() => controller.time.clearChanges()}>
          Close
        </button>
      </header>
      {response.changes.length === 0 && (
        <p className="panel-note">
          Nothing changed along its owners and controllers or its holdings between these days, as
          far as the data says.
        </p>
      )}
      {kinds.map((kind) => (
        <div key={kind} className={`changes-group changes-${kind}`}>
          <h3>
            <span className="change-swatch" style={{ background: CHANGE_COLOURS[kind] }} />
            {HEADINGS[kind]} ({response.changes.filter((change) => change.kind === kind).length})
          </h3>
          <ul className="relationships">
            {response.changes
              .filter((change) => change.kind === kind)
              .map((change) => {
                const key = changedEdgeKey(change);
                const edge = key === null ? undefined : store.edge(key);
                const note = shareChange(change);
                return (
                  <li key={`${change.fromKey}-${change.toKey}-${key ?? ""}`}>
                    {note && <div className="change-note">{note}</div>}
                    {edge ? (
                      <ul className="relationships">
                        <RelationshipItem
                          edge={edge}
                          captionOf={(other) => labelIn(controller, other)}
                          sourceOf={(id) => store.source(id)}
                          onOpen={(other) => controller.showEntity(other)}
                        />
                      </ul>
                    ) : (
                      <span>
                        {labelIn(controller, change.fromKey)} {change.type}{" "}
                        {labelIn(controller, change.toKey)}
                      </span>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
