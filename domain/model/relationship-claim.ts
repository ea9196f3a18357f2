/** What one relationship claims, in words: its stated share, its kind of control, or its verb. */
import type { Properties } from "../wire/graph-wire-types";
import { chainRoleOf, relationshipVerb } from "./relationship-types";
import { statedShareText } from "./stated-share";

/** "51%", "unknown" (ownership); "controls (supervision)"; "supplies", "performed at" (others). */
export function relationshipClaimText(type: string, properties: Properties): string {
  if (chainRoleOf(type) === "ownership") return statedShareText(properties);
  const controlType = properties["controlType"];
  const verb = relationshipVerb(type);
  return typeof controlType === "string" && controlType !== "" ? `${verb} (${controlType})` : verb;
}
