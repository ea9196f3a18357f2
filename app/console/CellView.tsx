import { useState } from "react";
import type { CellValue } from "../../domain/wire/graph-wire-types";
import { entityColour, entityIcon, entityType } from "../canvas/entity-style";
import {
  classifyCell,
  formatCell,
  formatProperties,
  formatShare,
  nodeTitle,
  type NodeCell,
} from "./cell-format";

/** What cells look up in the result's graph: node captions, relationship types and ends. */
export interface ResultIndex {
  captions: ReadonlyMap<string, string>;
  edges: ReadonlyMap<string, { type: string; source: string }>;
}

/** Items a list cell shows before "+ n more", so one long list does not stretch every row. */
const LIST_SHOWN = 4;

function ListCell({ items, index }: { items: CellValue[]; index: ResultIndex }) {
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, LIST_SHOWN);
  return (
    <span className="cell-list">
      [
      {shown.map((item, position) => (
        <span key={position} className="cell-list-item">
          {position > 0 && ", "}
          <CellView value={item} index={index} />
        </span>
      ))}
      {items.length > LIST_SHOWN && (
        <button type="button" className="console-link" onClick={() => setOpen(!open)}>
          {open ? " show fewer" : ` + ${items.length - LIST_SHOWN} more`}
        </button>
      )}
      ]
    </span>
  );
}

function NodeChip({ node }: { node: NodeCell }) {
  const type = entityType(node);
  return (
    <span
      className="cell-node"
      style={{ borderColor: entityColour(type) }}
      title={`:${node.labels.join(":")} ${formatProperties(node.properties, 12)}`}
    >
      <span className="cell-node-icon" style={{ color: entityColour(type) }} aria-hidden>
        {entityIcon(type)}
      </span>
      <span className="cell-node-labels">:{node.labels.join(":")}</span> {nodeTitle(node)}
    </span>
  );
}

/** One result cell, readable: nodes as chips in the explorer's colours, values as Neo4j writes them. */
export function CellView({ value, index }: { value: CellValue; index: ResultIndex }) {
  const { captions } = index;
  const cell = classifyCell(value);
  switch (cell.kind) {
    case "null":
      return <span className="cell-null">null</span>;
    case "scalar":
      return <span className={cell.numeric ? "cell-number" : "cell-text"}>{cell.text}</span>;
    case "node":
      return <NodeChip node={cell.node} />;
    case "relationship": {
      const { relationship } = cell;
      const name = (id: string) => captions.get(id) ?? "…";
      return (
        <span
          className="cell-relationship"
          title={`${name(relationship.startElementId)} → ${name(relationship.endElementId)} ${formatProperties(relationship.properties, 12)}`}
        >
          {name(relationship.startElementId)}{" "}
          <strong>
            −[:{relationship.type}
            {formatShare(relationship.properties)}]→
          </strong>{" "}
          {name(relationship.endElementId)}
        </span>
      );
    }
    case "path": {
      const { nodes, relationships } = cell.path;
      return (
        <span className="cell-path" title={formatCell(value)}>
          {captions.get(nodes[0] ?? "") ?? "…"}
          {relationships.map((id, step) => {
            const edge = index.edges.get(id);
            const forward = edge?.source === nodes[step];
            const type = edge ? `[:${edge.type}]` : "";
            return (
              <span key={`${id}-${step}`}>
                {" "}
                <strong>{forward ? `−${type}→` : `←${type}−`}</strong>{" "}
                {captions.get(nodes[step + 1] ?? "") ?? "…"}
              </span>
            );
          })}{" "}
          <span className="console-hint">
            ({cell.path.relationships.length} hop{cell.path.relationships.length === 1 ? "" : "s"})
          </span>
        </span>
      );
    }
    case "list":
      return <ListCell items={cell.items} index={index} />;
    case "map":
      return (
        <span className="cell-map">
          {"{"}
          {cell.entries.map(([key, inner], position) => (
            <span key={key}>
              {position > 0 && ", "}
              <span className="cell-key">{key}</span>: <CellView value={inner} index={index} />
            </span>
          ))}
          {"}"}
        </span>
      );
  }
}
