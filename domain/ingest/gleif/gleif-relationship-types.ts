/**
 * GLEIF RR-CDF relationship types and how the model reads them. GLEIF states each one from the
 * child's side ("child IS_DIRECTLY_CONSOLIDATED_BY parent"); the model draws it from the parent
 * to the child (docs/model.md). Accounting consolidation is control, not a stated shareholding:
 * a consolidation percentage is kept in the description, never as an ownership share.
 * A feeder fund invests in its master fund, so that one keeps GLEIF's direction.
 */
import type { RelationshipType } from "../../model";

export interface GleifRelationshipMapping {
  type: RelationshipType;
  properties: Record<string, string>;
  /** How the quote words it, from the start node's side. */
  words: string;
  /** The node that holds the power: the parent (EndNode) for all but a feeder fund. */
  holder: "EndNode" | "StartNode";
}

export const GLEIF_RELATIONSHIP_TYPES: Readonly<Record<string, GleifRelationshipMapping>> = {
  IS_DIRECTLY_CONSOLIDATED_BY: {
    type: "CONTROLS",
    properties: { controlType: "parentOfSubsidiary", directOrIndirect: "direct" },
    words: "is directly consolidated by",
    holder: "EndNode",
  },
  IS_ULTIMATELY_CONSOLIDATED_BY: {
    type: "CONTROLS",
    properties: { controlType: "parentOfSubsidiary", directOrIndirect: "indirect" },
    words: "is ultimately consolidated by",
    holder: "EndNode",
  },
  IS_INTERNATIONAL_BRANCH_OF: {
    type: "CONTROLS",
    properties: { controlType: "groupMember", directOrIndirect: "direct" },
    words: "is an international branch of",
    holder: "EndNode",
  },
  "IS_FUND-MANAGED_BY": {
    type: "CONTROLS",
    properties: { controlType: "otherInfluenceOrControl", directOrIndirect: "direct" },
    words: "is fund-managed by",
    holder: "EndNode",
  },
  IS_SUBFUND_OF: {
    type: "CONTROLS",
    properties: { controlType: "groupMember", directOrIndirect: "direct" },
    words: "is a sub-fund of",
    holder: "EndNode",
  },
  IS_FEEDER_TO: {
    type: "OWNS",
    properties: { interestType: "unknownInterest", directOrIndirect: "direct" },
    words: "is a feeder fund to",
    holder: "StartNode",
  },
};

export function gleifRelationshipMapping(type: string): GleifRelationshipMapping | undefined {
  return Object.hasOwn(GLEIF_RELATIONSHIP_TYPES, type) ? GLEIF_RELATIONSHIP_TYPES[type] : undefined;
}
