import { entityColour, entityTypeName } from "../../canvas/entity-style";
import { entityIconImage } from "../../canvas/entity-icons";

/** The entity type as the canvas shows it: its icon on its colour, and its name. */
export function EntityBadge({ type, showName = true }: { type: string; showName?: boolean }) {
  return (
    <span className="entity-badge" title={entityTypeName(type)}>
      <span className="entity-icon" style={{ background: entityColour(type) }} aria-hidden="true">
        <img src={entityIconImage(type)} alt="" />
      </span>
      {showName && <span className="entity-type-name">{entityTypeName(type)}</span>}
    </span>
  );
}
