/**
 * The console's history: the queries run, newest first, kept in localStorage across reloads.
 * Pure functions over a list; the storage is passed in so tests need no browser.
 */

export interface HistoryEntry {
  query: string;
  paramsText: string;
  /** ISO time of the run. */
  ranAt: string;
  outcome: "ok" | "error" | "cancelled";
}

export const HISTORY_KEY = "ownergraph.console.history.v1";
export const HISTORY_LIMIT = 100;

function sameRun(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.query.trim() === b.query.trim() && a.paramsText.trim() === b.paramsText.trim();
}

/** The entry goes first; an earlier run of the same query and parameters is dropped. */
export function addHistoryEntry(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  if (!entry.query.trim()) return [...history];
  return [entry, ...history.filter((old) => !sameRun(old, entry))].slice(0, limit);
}

export function removeHistoryEntry(
  history: readonly HistoryEntry[],
  index: number,
): HistoryEntry[] {
  return history.filter((_, position) => position !== index);
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.query === "string" &&
    typeof entry.paramsText === "string" &&
    typeof entry.ranAt === "string" &&
    (entry.outcome === "ok" || entry.outcome === "error" || entry.outcome === "cancelled")
  );
}

/** Reads stored history, keeping the well-formed entries of whatever is there. */
export function parseStoredHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function loadHistory(storage: Pick<Storage, "getItem"> | undefined): HistoryEntry[] {
  try {
    return parseStoredHistory(storage?.getItem(HISTORY_KEY) ?? null);
  } catch {
    return []; // storage disabled (private mode, policy)
  }
}

/** Saves the history; when storage is full, keeps as many of the newest entries as fit. */
export function saveHistory(
  storage: Pick<Storage, "setItem"> | undefined,
  history: readonly HistoryEntry[],
): number {
  for (let count = history.length; count >= 0; count = Math.floor(count / 2)) {
    try {
      storage?.setItem(HISTORY_KEY, JSON.stringify(history.slice(0, count)));
      return count;
    } catch {
      if (count === 0) return 0;
    }
  }
  return 0;
}

/** "just now", "5 min ago", "3 h ago", else the date. */
export function describeWhen(ranAt: string, now: Date): string {
  const then = new Date(ranAt);
  const seconds = (now.getTime() - then.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return ranAt;
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return then.toISOString().slice(0, 10);
}
