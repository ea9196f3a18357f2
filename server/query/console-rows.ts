import type { CellValue } from "../../domain/wire/graph-wire-types";

/** Where a console query's rows go as they stream in. */
export interface RowSink {
  add(row: CellValue[]): void;
  readonly count: number;
}

/** Counts rows and keeps none: an export needs only the graph the rows hold. */
export class CountedRows implements RowSink {
  count = 0;

  add(): void {
    this.count++;
  }
}

/** Keeps rows as values. */
export class ValueRows implements RowSink {
  readonly rows: CellValue[][] = [];

  add(row: CellValue[]): void {
    this.rows.push(row);
  }

  get count(): number {
    return this.rows.length;
  }
}
