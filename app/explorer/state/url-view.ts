/**
 * The view in the address bar, so a copied link reopens the same picture:
 *
 *   ?e=aisino,casic&s=aisino&l=h&f=up:aisino&p=aisino:1.5:-2&x=chen-rongxing&d=uk-psc&t=2019-07-22
 *
 * e entities on the canvas, s selection, l layout (f force, h hierarchy), f focus
 * (up:id, down:id, path:from,to), p pinned positions (id:x:y), q where the force layout left
 * the other entities (id:x:y; force layout only), x hidden entities, d hidden datasets, t the day the graph is seen as of (a link with only d
 * or t opens the overview without those datasets, or as of that day). Each id is
 * percent-encoded, so ids may hold commas or colons. Anything unreadable is skipped and
 * reported, never thrown: a damaged link still opens what it can.
 */
import { isDay } from "../../../domain/time";
import { EMPTY_VIEW, type Focus, type Position, type ViewState } from "./view-state";

/** The parts of a view the URL holds (expansions and history are not shared). */
export type UrlView = Pick<
  ViewState,
  | "entities"
  | "selection"
  | "layout"
  | "focus"
  | "pinned"
  | "placed"
  | "hidden"
  | "hiddenDatasets"
  | "asOf"
>;

function encodeIds(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(",");
}

function decodeIds(value: string | undefined, problems: string[]): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.split(",")) {
    try {
      const id = decodeURIComponent(part).trim();
      if (id !== "" && !ids.includes(id)) ids.push(id);
    } catch {
      problems.push(`"${part}" is not a valid entity id`);
    }
  }
  return ids;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function encodeFocus(focus: Focus): string | null {
  if (!focus) return null;
  if (focus.kind === "path") return `path:${encodeIds([focus.fromId, focus.toId])}`;
  return `${focus.kind === "chain-up" ? "up" : "down"}:${encodeURIComponent(focus.entityId)}`;
}

function decodeFocus(value: string | undefined, problems: string[]): Focus {
  if (!value) return null;
  const [kind, rest] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  const ids = decodeIds(rest, problems);
  if ((kind === "up" || kind === "down") && ids.length === 1 && ids[0] !== undefined) {
    return { kind: kind === "up" ? "chain-up" : "chain-down", entityId: ids[0] };
  }
  const [fromId, toId] = ids;
  if (kind === "path" && fromId !== undefined && toId !== undefined)
    return { kind: "path", fromId, toId };
  problems.push(`the focus "${value}" is not up:id, down:id or path:from,to`);
  return null;
}

function encodePositions(positions: Record<string, Position>): string {
  return Object.entries(positions)
    .map(([id, { x, y }]) => `${encodeURIComponent(id)}:${round(x)}:${round(y)}`)
    .join(",");
}

function decodePositions(
  value: string | undefined,
  what: "pinned" | "laid-out",
  problems: string[],
): Record<string, Position> {
  const positions: Record<string, Position> = {};
  if (!value) return positions;
  for (const part of value.split(",")) {
    const [rawId, rawX, rawY] = part.split(":");
    const x = Number(rawX);
    const y = Number(rawY);
    const [id] = decodeIds(rawId, problems);
    if (
      id === undefined ||
      rawX === undefined ||
      rawY === undefined ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    ) {
      problems.push(`the ${what} position "${part}" is not id:x:y`);
      continue;
    }
    positions[id] = { x, y };
  }
  return positions;
}

function decodeDay(value: string | undefined, problems: string[]): string | null {
  if (value === undefined || value === "") return null;
  if (isDay(value)) return value;
  problems.push(`the date "${value}" is not a day written YYYY-MM-DD; the latest graph is shown`);
  return null;
}

/** The query string for a view (with the leading "?"), or "" for an empty canvas. */
export function encodeUrlView(view: UrlView): string {
  const parts: string[] = [];
  if (view.entities.length > 0) parts.push(`e=${encodeIds(view.entities)}`);
  if (view.selection.length > 0) parts.push(`s=${encodeIds(view.selection)}`);
  if (view.layout !== EMPTY_VIEW.layout) parts.push(`l=${view.layout === "hierarchy" ? "h" : "f"}`);
  const focus = encodeFocus(view.focus);
  if (focus) parts.push(`f=${focus}`);
  if (Object.keys(view.pinned).length > 0) parts.push(`p=${encodePositions(view.pinned)}`);
  if (view.layout === "force" && Object.keys(view.placed).length > 0)
    parts.push(`q=${encodePositions(view.placed)}`);
  if (view.hidden.length > 0) parts.push(`x=${encodeIds(view.hidden)}`);
  if (view.hiddenDatasets.length > 0) parts.push(`d=${encodeIds(view.hiddenDatasets)}`);
  if (view.asOf !== null) parts.push(`t=${view.asOf}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const at = pair.indexOf("=");
    if (at > 0 && !params.has(pair.slice(0, at))) params.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return params;
}

/** The view a query string holds, or null when it holds none; `problems` says what was skipped. */
export function decodeUrlView(search: string): { view: UrlView | null; problems: string[] } {
  const params = rawParams(search);
  if (!params.has("e") && !params.has("d") && !params.has("t")) return { view: null, problems: [] };
  const problems: string[] = [];
  const entities = decodeIds(params.get("e"), problems);
  const onCanvas = (id: string) => entities.includes(id);
  const layout = params.get("l");
  if (layout !== undefined && layout !== "h" && layout !== "f") {
    problems.push(`the layout "${layout}" is not h (hierarchy) or f (force)`);
  }
  const pinned = decodePositions(params.get("p"), "pinned", problems);
  const placed = decodePositions(params.get("q"), "laid-out", problems);
  return {
    view: {
      entities,
      selection: decodeIds(params.get("s"), problems).filter(onCanvas).slice(0, 2),
      layout: layout === "h" ? "hierarchy" : "force",
      focus: decodeFocus(params.get("f"), problems),
      pinned: Object.fromEntries(Object.entries(pinned).filter(([id]) => onCanvas(id))),
      placed: Object.fromEntries(
        Object.entries(placed).filter(([id]) => onCanvas(id) && !(id in pinned)),
      ),
      hidden: decodeIds(params.get("x"), problems).filter((id) => !onCanvas(id)),
      hiddenDatasets: decodeIds(params.get("d"), problems).sort(),
      asOf: decodeDay(params.get("t"), problems),
    },
    problems,
  };
}
