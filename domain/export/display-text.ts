import type { PropertyValue } from "../wire/graph-wire-types";
import { isTaggedValue } from "../wire/graph-wire-types";

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
