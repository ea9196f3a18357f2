/**
 * Sorting result rows by one column, the way a reader expects: numbers by value (big integers
 * exactly), dates and times by their ISO text, nodes by caption, nulls last in either direction.
 */
import type { CellValue } from "../../domain/wire/graph-wire-types";
import { classifyCell, formatCell, nodeTitle } from "./cell-format";

export type SortDirection = "ascending" | "descending";

export interface TableSort {
  column: number;
  direction: SortDirection;
}

type SortKey = { rank: 0; number: bigint | number } | { rank: 1; text: string } | { rank: 2 };

function sortKey(value: CellValue): SortKey {
  if (typeof value === "number") return { rank: 0, number: value };
  if (typeof value === "boolean") return { rank: 0, number: value ? 1 : 0 };
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as { $type?: unknown; value?: unknown };
    if (tagged.$type === "Integer" && typeof tagged.value === "string") {
      return { rank: 0, number: BigInt(tagged.value) };
    }
  }
  const cell = classifyCell(value);
  if (cell.kind === "null") return { rank: 2 };
  if (cell.kind === "node") return { rank: 1, text: nodeTitle(cell.node) };
  return { rank: 1, text: formatCell(value) };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Compares two cells ascending; nulls sort after everything else. */
export function compareCells(a: CellValue, b: CellValue): number {
  const left = sortKey(a);
  const right = sortKey(b);
  if (left.rank !== right.rank) return left.rank - right.rank;
  if (left.rank === 0 && right.rank === 0) {
    if (typeof left.number === "number" && typeof right.number === "number") {
      return left.number - right.number;
    }
    // Mixed number and bigint: compare exactly through BigInt when both are whole.
    const toBig = (n: bigint | number) => (typeof n === "bigint" ? n : BigInt(Math.trunc(n)));
    const difference = toBig(left.number) - toBig(right.number);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }
  if (left.rank === 1 && right.rank === 1) return collator.compare(left.text, right.text);
  return 0;
}

/** A sorted copy of the rows (stable: equal cells keep the result's order). */
export function sortRows(rows: CellValue[][], sort: TableSort | null): CellValue[][] {
  if (!sort) return rows;
  const sign = sort.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const left = a.row[sort.column] ?? null;
      const right = b.row[sort.column] ?? null;
      const leftNull = left === null;
      const rightNull = right === null;
      if (leftNull !== rightNull) return leftNull ? 1 : -1; // nulls last, both ways
      return sign * compareCells(left, right) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Clicking a header: ascending, then descending, then the result's own order. */
export function nextSort(current: TableSort | null, column: number): TableSort | null {
  if (!current || current.column !== column) return { column, direction: "ascending" };
  if (current.direction === "ascending") return { column, direction: "descending" };
  return null;
}
