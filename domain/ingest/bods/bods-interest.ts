/**
 * One BODS interest as a relationship of the model, through the registry's `bodsInterests`:
 * ownership interests (shareholding, votingRights, …) become OWNS with the share exact, as a
 * range (each bound marked inclusive or exclusive) or unknown; control interests CONTROLS with
 * the code as `controlType`; board and management roles OFFICER_OF with the code as `role`.
 * Interest types of BODS 0.1/0.2 (`voting-rights`, `influence-or-control`, …) are read as their
 * 0.3/0.4 codes.
 */
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_REGISTRY, type RelationshipType } from "../../model";
import type { RowProperties } from "../model-rows";
import { isObject, textOf, type JsonObject } from "./bods-statement";
import { dateValue, setValue, type StatementPlace } from "./bods-values";

/** Codes of BODS 0.1/0.2 whose 0.3 name is not just the camelCase spelling. */
const OLD_INTEREST_CODES: Record<string, string> = {
  "influence-or-control": "otherInfluenceOrControl",
  "settlor-of-trust": "settlor",
  "trustee-of-trust": "trustee",
  "protector-of-trust": "protector",
  "beneficiary-of-trust": "beneficiaryOfLegalArrangement",
  "rights-to-surplus-assets": "rightsToSurplusAssetsOnDissolution",
};

/** The 0.4 code of an interest type: `voting-rights` is `votingRights`. */
export function interestCode(type: string): string {
  return (
    OLD_INTEREST_CODES[type] ??
    type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
  );
}

function typeForCode(code: string): RelationshipType | undefined {
  return RELATIONSHIP_TYPES.find((type) =>
    RELATIONSHIP_TYPE_REGISTRY[type].bodsInterests.includes(code),
  );
}

export interface MappedInterest {
  type: RelationshipType;
  properties: RowProperties;
  /** Our words for what the statement says of this interest. */
  summary: string;
}

const NO_INTEREST = "no interest stated";

/** BODS 0.4 gives `exclusiveMinimum` as the bound; 0.3 and before as true/false next to it. */
function setShare(properties: RowProperties, share: JsonObject, place: StatementPlace): string {
  const { exact, minimum, maximum, exclusiveMinimum, exclusiveMaximum } = share;
  if (exact !== undefined && exact !== null) {
    setValue(properties, "shareExact", exact, place);
    const outside =
      typeof exact === "number" &&
      ((typeof minimum === "number" && exact < minimum) ||
        (typeof maximum === "number" && exact > maximum));
    if (outside) {
      place.problems.error({
        ...place.origin,
        code: "share-inconsistent",
        message: `The share is exactly ${String(exact)} and also ${String(minimum)}–${String(maximum)}.`,
        fix: "Give one consistent share: an exact figure inside its range, or the range alone.",
      });
    }
    return `${String(exact)}%`;
  }
  const bound = (
    key: "shareMin" | "shareMax",
    inclusive: unknown,
    exclusive: unknown,
  ): string | null => {
    const numberBound = typeof exclusive === "number" || typeof exclusive === "string";
    const value = inclusive ?? (numberBound ? exclusive : undefined);
    if (value === undefined || value === null) return null;
    setValue(properties, key, value, place);
    const isExclusive = (numberBound && inclusive === undefined) || exclusive === true;
    properties[`${key}Bound`] = isExclusive ? "exclusive" : "inclusive";
    return `${isExclusive ? (key === "shareMin" ? "more than " : "less than ") : ""}${String(value)}%`;
  };
  const low = bound("shareMin", minimum, exclusiveMinimum);
  const high = bound("shareMax", maximum, exclusiveMaximum);
  if (low === null && high === null) return "share unknown";
  return [low ?? "from 0%", high ?? "up to 100%"].join(" to ");
}

function directness(interest: JsonObject): unknown {
  const given = interest["directOrIndirect"] ?? interest["interestLevel"];
  return given === undefined || given === null ? "unknown" : given;
}

/** The relationship an interest states; `interest` null for a relationship with none. */
export function mapInterest(interest: unknown, place: StatementPlace): MappedInterest {
  const given: JsonObject = isObject(interest) ? interest : {};
  const rawType = textOf(given["type"]);
  const code = rawType === null ? "unknownInterest" : interestCode(rawType);
  let type = typeForCode(code);
  if (type === undefined) {
    place.problems.warn({
      ...place.origin,
      code: "unmapped-interest-type",
      message: `The interest type "${rawType ?? ""}" is not a BODS code Ownergraph knows; it is read as other influence or control.`,
      fix: "Use a code of the BODS interestType codelist, or leave it as is and read the quote.",
    });
    type = "CONTROLS";
  }
  const properties: RowProperties = {};
  const words = [rawType === null ? "interest of unstated type" : `interest ${rawType}`];
  if (type === "OWNS") {
    properties["interestType"] = code;
    const share = given["share"];
    words.push(isObject(share) ? setShare(properties, share, place) : "share unknown");
  } else if (type === "CONTROLS") {
    properties["controlType"] = typeForCode(code) === "CONTROLS" ? code : "otherInfluenceOrControl";
  } else {
    properties["role"] = code;
  }
  if (type !== "OFFICER_OF") {
    setValue(properties, "directOrIndirect", directness(given), place);
    words.push(String(properties["directOrIndirect"]));
  }
  setValue(properties, "startDate", dateValue(given["startDate"]), place);
  setValue(properties, "endDate", dateValue(given["endDate"]), place);
  if (typeof given["startDate"] === "string") words.push(`from ${given["startDate"]}`);
  if (typeof given["endDate"] === "string") words.push(`until ${given["endDate"]}`);
  const details = textOf(given["details"]);
  if (details !== null) properties["description"] = details;
  return { type, properties, summary: isObject(interest) ? words.join(", ") : NO_INTEREST };
}
