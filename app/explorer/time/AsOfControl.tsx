/**
 * The "as of" control: a day the whole explorer honours (canvas, search, panels, chains, paths,
 * exports), held in the address, or "Latest". An incomplete or impossible date in the field
 * changes nothing until it is a real day.
 */
import { useId } from "react";
import { isDay } from "../../../domain/time";
import { useExplorer } from "../explorer-context";

export function AsOfControl() {
  const { controller, snapshot } = useExplorer();
  const asOf = snapshot.view.asOf;
  const id = useId();
  // The field is left to the browser while a date is being typed (a half-typed one reads as
  // ""); it is set afresh, by its key, whenever the view's day changes (undo, a link, Latest).
  const apply = (value: string) => {
    if (isDay(value)) void controller.time.setAsOf(value);
  };

  return (
    <div className={asOf === null ? "as-of" : "as-of on"} role="group" aria-label="As of">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="date"
        key={asOf ?? "latest"}
        defaultValue={asOf ?? ""}
        max="9999-12-31"
        onChange={(event) => apply(event.target.value)}
        title="See who owned and controlled what on this day; empty for the latest"
      />
      <button
        type="button"
        onClick={() => void controller.time.setAsOf(null)}
        disabled={asOf === null}
        title="Back to the latest graph"
      >
        Latest
      </button>
    </div>
  );
}
