import { ENTITY_TYPE_NAMES, entityColour, entityIcon } from "../../graph/entity-style";

/** The entity type as the canvas shows it: its glyph on its colour, and its name. */
export function EntityBadge({ type, showName = true }: { type: string; showName?: boolean }) {
  return (
    <span className="entity-badge" title={ENTITY_TYPE_NAMES[type] ?? type}>
      <span className="entity-icon" style={{ background: entityColour(type) }} aria-hidden="true">
        {entityIcon(type)}
      </span>
      {showName && <span className="entity-type-name">{ENTITY_TYPE_NAMES[type] ?? type}</span>}
    </span>
  );
}
