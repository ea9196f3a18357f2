import type { Properties, PropertyValue } from "../graph/graph-wire-types";
import { isTaggedValue, numberValue } from "../graph/graph-wire-types";

/** A property value as a reader sees it: lists joined by "; ", tagged values as their text. */
export function displayText(value: PropertyValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(displayText).join("; ");
  if (isTaggedValue(value)) {
    if (value.$type === "Point") {
      const z = value.z === undefined ? "" : `, ${value.z}`;
      return `point(${value.x}, ${value.y}${z}; SRID ${value.srid})`;
    }
    return value.$type === "Bytes" ? `${value.base64.length} base64 characters` : value.value;
  }
  return JSON.stringify(value);
}

function percent(value: PropertyValue | undefined): number | null {
  return numberValue(value);
}

function formatPercent(value: number): string {
  return `${Number(value.toFixed(4))}%`;
}

/**
 * An ownership share from `shareExact` or the `shareMin`–`shareMax` range, or "unknown" when
 * the relationship gives neither.
 */
export function shareText(properties: Properties): string {
  const exact = percent(properties.shareExact);
  if (exact !== null) return formatPercent(exact);
  const min = percent(properties.shareMin);
  const max = percent(properties.shareMax);
  if (min !== null && max !== null) return `${Number(min.toFixed(4))}–${formatPercent(max)}`;
  if (min !== null) return `at least ${formatPercent(min)}`;
  if (max !== null) return `at most ${formatPercent(max)}`;
  return "unknown";
}
