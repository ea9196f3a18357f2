/**
 * Which GLEIF file a sample is: LEI-CDF (level 1), RR-CDF (level 2 relationships) or
 * reporting exceptions, in XML (by its root element) or JSON (by the keys of its first
 * record; records as a top-level array or under `records`).
 */
import type { FileSample } from "../import-format";

export type GleifFileKind = "lei" | "rr" | "repex";

export interface GleifFileShape {
  kind: GleifFileKind;
  syntax: "xml" | "json";
  /** For JSON: the key of the records' array in a top-level object, else undefined. */
  arrayKey?: string;
}

/** The XML elements each file kind holds, by local name: its records and its header. */
export const GLEIF_XML_RECORDS: Readonly<Record<GleifFileKind, string>> = {
  lei: "LEIRecord",
  rr: "RelationshipRecord",
  repex: "Exception",
};
export const GLEIF_XML_HEADERS: ReadonlySet<string> = new Set(["LEIHeader", "Header"]);

const XML_ROOTS: readonly [RegExp, GleifFileKind][] = [
  [/<(?:\w+:)?LEIData[\s>]/, "lei"],
  [/<(?:\w+:)?RelationshipData[\s>]/, "rr"],
  [/<(?:\w+:)?ReportingExceptionData[\s>]/, "repex"],
];

const JSON_KEYS: readonly [RegExp, GleifFileKind][] = [
  [/"ExceptionCategory"\s*:/, "repex"],
  [/"StartNode"\s*:/, "rr"],
  [/"Entity"\s*:/, "lei"],
];

function firstOf(
  head: string,
  patterns: readonly [RegExp, GleifFileKind][],
): GleifFileKind | undefined {
  let best: { at: number; kind: GleifFileKind } | undefined;
  for (const [pattern, kind] of patterns) {
    const at = head.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, kind };
  }
  return best?.kind;
}

export function gleifFileShape(sample: FileSample): GleifFileShape | undefined {
  const head = sample.head.trimStart();
  if (head.startsWith("<")) {
    if (!head.includes("gleif.org")) return undefined;
    const kind = firstOf(head, XML_ROOTS);
    return kind === undefined ? undefined : { kind, syntax: "xml" };
  }
  if (!head.startsWith("[") && !head.startsWith("{")) return undefined;
  if (!/"LEI"\s*:|"NodeID"\s*:/.test(head)) return undefined;
  const kind = firstOf(head, JSON_KEYS);
  if (kind === undefined) return undefined;
  return head.startsWith("{")
    ? { kind, syntax: "json", arrayKey: "records" }
    : { kind, syntax: "json" };
}
