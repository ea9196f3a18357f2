/** Small helpers shared by the per-file validators. */
import type { ProblemList } from "./seed-validation-error";

export type RawEntry = Record<string, unknown>;

export function isRecord(value: unknown): value is RawEntry {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How problems name an entry: its id, or its position when it has no usable id. */
export function entryLabel(raw: unknown, index: number): string {
  if (isRecord(raw) && typeof raw["id"] === "string" && raw["id"].length > 0) return raw["id"];
  return `#${index} (no id)`;
}

/** The entries of a file that must hold a JSON array of objects; others are reported. */
export function arrayEntries(value: unknown, file: string, problems: ProblemList): RawEntry[] {
  if (!Array.isArray(value)) {
    problems.add(file, "(file)", "does not hold a JSON array", "wrap the entries in [ ... ]");
    return [];
  }
  const entries: RawEntry[] = [];
  value.forEach((raw, index) => {
    if (isRecord(raw)) entries.push(raw);
    else problems.add(file, `#${index}`, "is not a JSON object", 'each entry is { "id": ... }');
  });
  return entries;
}

/** Records `id` as seen; reports it when another entry already uses it. */
export function claimId(
  seen: Map<string, string>,
  id: string,
  where: string,
  file: string,
  problems: ProblemList,
): void {
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    problems.add(
      file,
      id,
      `duplicate id: ${earlier} already uses it`,
      "give each entry its own id",
    );
  } else {
    seen.set(id, where);
  }
}

/** Closest allowed key, to suggest a fix for a misspelt one. */
export function closestKey(key: string, allowed: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= 3 ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function unknownKeyHint(key: string, allowed: Iterable<string>): string {
  const suggestion = closestKey(key, allowed);
  const list = [...allowed].join(", ");
  return suggestion
    ? `did you mean "${suggestion}"? Allowed here: ${list}`
    : `remove it, or add it to graph-seed/seed-model.ts and docs/model.md. Allowed here: ${list}`;
}
