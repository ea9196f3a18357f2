/**
 * Turns a changes answer into what the canvas highlights: each changed link by its edge key
 * (an ended link by the version that ended, the others by the version of the second day) and
 * the entities at their ends. The changes themselves come worked out from the server
 * (domain/time/link-changes.ts).
 */
import type { LinkChange, LinkChangeKind } from "../../../domain/time";
import type { ChangesResponse } from "../../../domain/wire/explorer-api-types";
import type { ReportChanges } from "../../../domain/export";
import type { ChangesState } from "../controller/explorer-snapshot";

/** The link a change is drawn and cited by: the version that ended, else the second day's. */
export function changedEdgeKey(change: LinkChange): string | null {
  return change.kind === "ended" ? change.beforeKey : change.afterKey;
}

export function buildChangesState(response: ChangesResponse): ChangesState {
  const kindByEdge = new Map<string, LinkChangeKind>();
  const nodeKeys = new Set<string>([response.entityId]);
  for (const change of response.changes) {
    const key = changedEdgeKey(change);
    if (key !== null) kindByEdge.set(key, change.kind);
    nodeKeys.add(change.fromKey);
    nodeKeys.add(change.toKey);
  }
  return { response, kindByEdge, nodeKeys: [...nodeKeys] };
}

/** The changes on show, as an export request gives them to the report (edge keys as drawn). */
export function reportChangesOf(changes: ChangesState | null): ReportChanges | null {
  if (changes === null) return null;
  const { from, to } = changes.response;
  return {
    from,
    to,
    changes: changes.response.changes.flatMap((change) => {
      const edgeKey = changedEdgeKey(change);
      return edgeKey === null
        ? []
        : [
            {
              kind: change.kind,
              edgeKey,
              shareBefore: change.shareBefore,
              shareAfter: change.shareAfter,
            },
          ];
    }),
  };
}
