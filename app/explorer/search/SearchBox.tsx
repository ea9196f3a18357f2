import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchHit, SearchResponse } from "../../../domain/wire/explorer-api-types";
import { searchEntities } from "../../api/explorer-api";
import { describeFailure, isAbort } from "../controller/request-runner";
import { useExplorer } from "../explorer-context";
import { EntityBadge } from "../selection/EntityBadge";

type SearchState =
  | { kind: "idle" }
  | { kind: "searching"; text: string }
  | { kind: "done"; answer: SearchResponse }
  | { kind: "failed"; message: string };

const DEBOUNCE_MS = 250;

/**
 * The search box: names in any script, partial words, identifiers. Results list each entity's
 * type and a line of context; Enter or a click puts the chosen one on the canvas.
 */
export function SearchBox({ onPick }: { onPick: (hit: SearchHit) => void }) {
  const { hiddenDatasets, asOf } = useExplorer().snapshot.view;
  const [text, setText] = useState("");
  const [state, setState] = useState<SearchState>({ kind: "idle" });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The list closes a moment after the box loses focus (so a click on a hit still lands); a
  // focus or a keystroke within that moment must cancel it, or the list would close under them.
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keepOpen = () => {
    if (closing.current !== null) clearTimeout(closing.current);
    closing.current = null;
    setOpen(true);
  };

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === "") return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ kind: "searching", text: trimmed });
      searchEntities(trimmed, { hiddenDatasets, asOf }, controller.signal)
        .then((answer) => {
          setState({ kind: "done", answer });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (!isAbort(error))
            setState({ kind: "failed", message: describeFailure(error).message });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, hiddenDatasets, asOf]);

  const hits = state.kind === "done" ? state.answer.hits : [];
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    input.current?.blur();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter") pick(hits[active]);
    else if (event.key === "Escape") setOpen(false);
    else return;
    event.preventDefault();
  };

  const showList = open && text.trim() !== "" && state.kind !== "idle";
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        className="search-input"
        placeholder="Search names (any script), identifiers, stock codes…"
        aria-label="Search entities"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          keepOpen();
          if (event.target.value.trim() === "") setState({ kind: "idle" });
        }}
        onFocus={keepOpen}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-results" id={listId} role="listbox" aria-label="Search results">
          {state.kind === "searching" && (
            <p className="search-note">Searching for “{state.text}”…</p>
          )}
          {state.kind === "failed" && (
            <p className="search-note error">Search failed: {state.message}</p>
          )}
          {state.kind === "done" && state.answer.message && (
            <p className="search-note">{state.answer.message}</p>
          )}
          {hits.map((hit, index) => (
            <div
              key={hit.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? "search-hit active" : "search-hit"}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(hit)}
            >
              <EntityBadge type={hit.type} />
              <span className="search-hit-text">
                <span className="search-hit-caption">{hit.caption}</span>
                <span className="search-hit-context">{hit.context}</span>
              </span>
            </div>
          ))}
          {state.kind === "done" && state.answer.more && (
            <p className="search-note">More entities match; type more to narrow the list.</p>
          )}
        </div>
      )}
    </div>
  );
}
