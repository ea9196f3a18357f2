/**
 * One GLEIF reporting exception → an explicit "parent not disclosed, because …" fact: a visibly
 * unknown party (no name; its caption and description say which parent is undisclosed and why;
 * `unknownReason` holds GLEIF's reason code) linked to the entity like a parent, and the Source
 * the exception is. Natural persons and "no known person" make the party a Person, every other
 * reason an entity (as Open Ownership's BODS rendering of GLEIF does). The direct parent's
 * link is direct; the ultimate parent's is an indirect summary link.
 */
import { entityRow } from "../entity-row";
import type { ModelRows } from "../model-rows";
import { GLEIF_PUBLISHER, originOf, type GleifContext, type GleifPlace } from "./gleif-place";
import { checkedDate } from "./gleif-registration";

export interface GleifException {
  lei: string;
  category: string;
  reasons: string[];
  reference?: string;
  contentDate?: string;
}

const CATEGORIES: Readonly<Record<string, { words: string; directOrIndirect: string }>> = {
  DIRECT_ACCOUNTING_CONSOLIDATION_PARENT: { words: "direct parent", directOrIndirect: "direct" },
  ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT: {
    words: "ultimate parent",
    directOrIndirect: "indirect",
  },
};

/** GLEIF's reasons in our words. */
const REASONS: Readonly<Record<string, string>> = {
  NATURAL_PERSONS: "natural persons control the entity, with no consolidating legal entity between",
  NON_CONSOLIDATING:
    "the entity is controlled by legal entities that do not prepare consolidated accounts",
  NO_KNOWN_PERSON: "no known person controls the entity",
  NON_PUBLIC: "the parent's details are not public",
  NO_LEI: "the parent has no LEI",
  BINDING_LEGAL_COMMITMENTS: "binding legal commitments prevent disclosure",
  LEGAL_OBSTACLES: "legal obstacles prevent disclosure",
  DISCLOSURE_DETRIMENTAL: "disclosure would be detrimental to the entity or the parent",
  DETRIMENT_NOT_EXCLUDED: "harm from disclosure cannot be excluded",
  CONSENT_NOT_OBTAINED: "the parent did not consent to disclosure",
};

const PERSON_REASONS = new Set(["NATURAL_PERSONS", "NO_KNOWN_PERSON"]);

export function isKnownExceptionCategory(category: string): boolean {
  return Object.hasOwn(CATEGORIES, category);
}

export function reasonWords(reason: string): string {
  return Object.hasOwn(REASONS, reason) ? (REASONS[reason] ?? reason) : reason;
}

export function exceptionRows(
  context: GleifContext,
  place: GleifPlace,
  exception: GleifException,
): ModelRows {
  const origin = originOf(place);
  const category = CATEGORIES[exception.category] ?? {
    words: "parent",
    directOrIndirect: "unknown",
  };
  const local = `${exception.lei}:${exception.category}`;
  const sourceId = context.scope(`repex:${local}`);
  const reasonCodes = exception.reasons.join(", ");
  const because = exception.reasons.map(reasonWords).join("; ");
  const date = checkedDate(context, place, "ContentDate", exception.contentDate);
  const source = {
    id: sourceId,
    properties: {
      caption: `GLEIF reporting exception ${exception.lei} ${exception.category} (${reasonCodes})`,
      publisher: GLEIF_PUBLISHER,
      kind: "registerStatement",
      locator: `${place.file}, ${place.at}`,
      ...(date === undefined ? {} : { date }),
      ...(exception.reference === undefined ? {} : { note: `reference: ${exception.reference}` }),
    },
    origin,
  };
  const partyId = context.scope(`undisclosed:${local}`);
  const person = exception.reasons.some((reason) => PERSON_REASONS.has(reason));
  const caption = `Undisclosed ${category.words} of LEI ${exception.lei} (${reasonCodes})`;
  const party = entityRow(
    partyId,
    person ? "Person" : "Company",
    {
      caption,
      description: `GLEIF reporting exception: the ${category.words} is not disclosed because ${because}.`,
      unknownReason: reasonCodes,
    },
    caption,
    origin,
  );
  const relationship = {
    id: context.scope(`repex-link:${local}`),
    type: "CONTROLS" as const,
    from: partyId,
    to: context.scope(exception.lei),
    properties: {
      controlType: "parentOfSubsidiary",
      directOrIndirect: category.directOrIndirect,
      description: `The ${category.words} is not disclosed: ${because} (GLEIF ${reasonCodes}).`,
      sourceIds: [sourceId],
      quotes: [`GLEIF reporting exception ${exception.category}: ${reasonCodes}`],
      quoteKinds: ["summary"],
      firmness: "reported",
    },
    origin,
  };
  const citation = {
    id: `${sourceId}:cites:${partyId}`,
    entityId: partyId,
    sourceId,
    properties: {
      properties: ["unknownReason"],
      quote: `GLEIF reporting exception ${exception.category}: ${reasonCodes}`,
      quoteKind: "summary",
      firmness: "reported",
    },
    origin,
  };
  return {
    sources: [source],
    entities: [party],
    relationships: [relationship],
    citations: [citation],
  };
}
