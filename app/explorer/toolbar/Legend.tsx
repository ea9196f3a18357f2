import { ENTITY_TYPES } from "../../../domain/model";
import { entityColour, entityTypeName } from "../../canvas/entity-style";
import { entityIconImage } from "../../canvas/entity-icons";
import type { RelationshipKind } from "../../../domain/model";
import { EDGE_KIND_STYLES } from "../../canvas/edge-style";

const DASHES: Record<string, string | undefined> = {
  solidArrow: undefined,
  dashedArrow: "7 5",
  dottedLine: "2 4",
  plainLine: undefined,
};

/** What the colours, glyphs and line styles mean. */
export function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul>
        {ENTITY_TYPES.map((type) => (
          <li key={type}>
            <span
              className="entity-icon"
              style={{ background: entityColour(type) }}
              aria-hidden="true"
            >
              <img src={entityIconImage(type)} alt="" />
            </span>
            {entityTypeName(type)}
          </li>
        ))}
      </ul>
      <ul>
        {(
          Object.entries(EDGE_KIND_STYLES) as [
            RelationshipKind,
            (typeof EDGE_KIND_STYLES)[RelationshipKind],
          ][]
        ).map(([kind, style]) => (
          <li key={kind}>
            <svg width="34" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2={style.program.endsWith("Arrow") ? 26 : 33}
                y2="5"
                stroke={style.colour}
                strokeWidth={kind === "ownership" ? 3 : 2}
                strokeDasharray={DASHES[style.program]}
              />
              {style.program.endsWith("Arrow") && (
                <polygon points="26,1 33,5 26,9" fill={style.colour} />
              )}
            </svg>
            {style.description}
          </li>
        ))}
        <li className="legend-note">faded line: uncertain claim</li>
      </ul>
    </div>
  );
}
