import type { FactRow } from "./entity-facts";

/** Label and value pairs; unknown values say so. */
export function FactList({ rows }: { rows: FactRow[] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="facts">
      {rows.map((row) => (
        <div key={row.key} className="fact">
          <dt>{row.label}</dt>
          <dd className={row.unknown ? "unknown" : undefined}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
