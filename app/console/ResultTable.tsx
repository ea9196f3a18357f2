import { useMemo, useState } from "react";
import type { ConsoleQueryResult } from "../../domain/console/console-wire-types";
import { CellView, type ResultIndex } from "./CellView";
import { nodeTitle } from "./cell-format";
import { nextSort, sortRows, type TableSort } from "./table-sort";

const PAGE = 200;

/** The result as a table: sortable by any column, shown a page at a time. */
export function ResultTable({ result }: { result: ConsoleQueryResult }) {
  const [sort, setSort] = useState<TableSort | null>(null);
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => sortRows(result.rows, sort), [result.rows, sort]);
  const index: ResultIndex = useMemo(
    () => ({
      captions: new Map(
        result.graph.nodes.map((node) => [
          node.key,
          nodeTitle({ properties: node.attributes.properties, elementId: node.key }),
        ]),
      ),
      edges: new Map(
        result.graph.edges.map((edge) => [
          edge.key,
          { type: edge.attributes.type, source: edge.source },
        ]),
      ),
    }),
    [result.graph],
  );

  if (result.columns.length === 0) {
    return <p className="console-empty">The query returned no columns.</p>;
  }
  return (
    <div className="console-table-wrap">
      <table className="console-table" data-testid="console-table">
        <thead>
          <tr>
            {result.columns.map((column, index) => {
              const active = sort?.column === index ? sort.direction : undefined;
              return (
                <th key={`${column}-${index}`} aria-sort={active ?? "none"}>
                  <button type="button" onClick={() => setSort(nextSort(sort, index))}>
                    {column}
                    <span aria-hidden className="console-sort-mark">
                      {active === "ascending" ? " ▲" : active === "descending" ? " ▼" : ""}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((value, columnIndex) => (
                <td key={columnIndex}>
                  <CellView value={value} index={index} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="console-empty">No rows.</p>}
      {rows.length > shown && (
        <button type="button" className="console-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown} rows
        </button>
      )}
    </div>
  );
}
