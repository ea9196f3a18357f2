import { useExplorer } from "../explorer-context";
import { hasMorePages, remainingText } from "./expand-paging";
import { relationshipVerb } from "../../../domain/model";

/**
 * Expansion of the selected entity: the first page, then "N more" page by page, optionally
 * only some relationship types (with their counts), and collapse.
 */
export function ExpandControls({ id }: { id: string }) {
  const { controller, snapshot } = useExplorer();
  const expansion = snapshot.view.expansions[id];
  const counts =
    snapshot.details?.id === id ? snapshot.details.details?.relationshipCounts : undefined;
  const types = expansion?.types ?? [];
  const toggleType = (type: string) => {
    const next = types.includes(type) ? types.filter((t) => t !== type) : [...types, type];
    void controller.expand(id, next);
  };
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : null;
  return (
    <div className="expand-controls" aria-label="Expand">
      <div className="button-row">
        <button
          type="button"
          onClick={() => void controller.expand(id)}
          disabled={expansion !== undefined && !hasMorePages(expansion)}
          title="Double-clicking the entity does the same"
        >
          {expansion === undefined ? "Expand neighbours" : "Load more neighbours"}
        </button>
        {expansion && (
          <button
            type="button"
            onClick={() => controller.collapse(id)}
            title="Remove what expanding added"
          >
            Collapse
          </button>
        )}
        <span className="expand-status" data-testid="expand-status">
          {remainingText(expansion) ??
            (total === null ? "" : `${total.toLocaleString("en")} relationships`)}
        </span>
      </div>
      {counts && Object.keys(counts).length > 1 && (
        <div className="type-filter" role="group" aria-label="Expand only these relationship types">
          {Object.entries(counts)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([type, count]) => (
              <label key={type} className={types.includes(type) ? "type-chip on" : "type-chip"}>
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={() => toggleType(type)}
                />
                {relationshipVerb(type)} ({count.toLocaleString("en")})
              </label>
            ))}
        </div>
      )}
    </div>
  );
}
