/**
 * Turns a changes answer into what the canvas highlights: each changed link by its edge key
 * (an ended link by the version that ended, the others by the version of the second day) and
 * the entities at their ends. The changes themselves come worked out from the server
 * (domain/time/link-changes.ts).
 */
import type { LinkChangeKind } from "../../../domain/time";
import type { ChangesResponse } from "../../../domain/wire/explorer-api-types";
import type { ChangesState } from "../controller/explorer-snapshot";

export function buildChangesState(response: ChangesResponse): ChangesState {
  const kindByEdge = new Map<string, LinkChangeKind>();
  const nodeKeys = new Set<string>([response.entityId]);
  for (const change of response.changes) {
    const key = change.kind === "ended" ? change.beforeKey : change.afterKey;
    if (key !== null) kindByEdge.set(key, change.kind);
    nodeKeys.add(change.fromKey);
    nodeKeys.add(change.toKey);
  }
  return { response, kindByEdge, nodeKeys: [...nodeKeys] };
}
