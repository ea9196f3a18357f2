/**
 * "What changed?" for the selected entity: two days (the first defaults to the view's day or a
 * year before today, the second to today) and a button that lists and highlights the changes.
 */
import { useId, useState } from "react";
import { addDays, isDay, todayUtc } from "../../../domain/time";
import { useExplorer } from "../explorer-context";

export function ChangesForm({ id }: { id: string }) {
  const { controller, snapshot } = useExplorer();
  const today = todayUtc();
  const [from, setFrom] = useState(snapshot.view.asOf ?? addDays(today, -365));
  const [to, setTo] = useState(today);
  const fromId = useId();
  const toId = useId();
  const ready = isDay(from) && isDay(to) && from <= to;
  return (
    <form
      className="changes-form"
      aria-label="What changed"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void controller.time.showChanges(id, from, to);
      }}
    >
      <label htmlFor={fromId}>Changes from</label>
      <input
        id={fromId}
        type="date"
        value={from}
        onChange={(event) => setFrom(event.target.value)}
      />
      <label htmlFor={toId}>to</label>
      <input id={toId} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      <button
        type="submit"
        disabled={!ready}
        title={ready ? undefined : "Give two days, the first not after the second"}
      >
        What changed?
      </button>
    </form>
  );
}
