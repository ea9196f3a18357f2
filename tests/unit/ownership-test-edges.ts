// Builders for chain links in the ownership tests (not a test file itself).
import type { ChainEdge, DirectOrIndirect } from "../../domain/ownership";
import { exactShare, rangeShare, UNKNOWN_STATED_SHARE } from "../../domain/ownership";

interface LinkOptions {
  key?: string;
  id?: string;
  directOrIndirect?: DirectOrIndirect;
  componentIds?: string[];
}

/** `from` owns `percent` of `to`: a number, a [min, max] range, or null for unknown. */
export function owns(
  from: string,
  to: string,
  percent: number | [number, number] | null,
  options: LinkOptions = {},
): ChainEdge {
  const key = options.key ?? `${from}-owns-${to}`;
  return {
    key,
    id: options.id ?? key,
    from,
    to,
    relationshipType: "OWNS",
    directOrIndirect: options.directOrIndirect ?? "direct",
    componentIds: options.componentIds ?? [],
    kind: "ownership",
    share:
      percent === null
        ? UNKNOWN_STATED_SHARE
        : typeof percent === "number"
          ? exactShare(percent)
          : rangeShare(percent[0], percent[1]),
  };
}

/** `from` controls `to` without (or besides) owning it. */
export function controls(from: string, to: string, options: LinkOptions = {}): ChainEdge {
  const key = options.key ?? `${from}-controls-${to}`;
  return {
    key,
    id: options.id ?? key,
    from,
    to,
    relationshipType: "CONTROLS",
    directOrIndirect: options.directOrIndirect ?? "direct",
    componentIds: options.componentIds ?? [],
    kind: "control",
    controlType: "otherInfluenceOrControl",
  };
}
