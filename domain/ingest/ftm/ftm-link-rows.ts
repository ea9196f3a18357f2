/**
 * An FtM interval record (Ownership, Directorship, UnknownLink, Sanction, ContractAward, …)
 * mapped to the relationships the registry reads it as: one per pair of ends (FtM allows several
 * owners or assets), from the party that holds power or money to the one it is held over.
 * Values the relationship type declares are mapped (`percentage` → `shareExact`, `role`,
 * `program` → `listName`, dates); a role the type has no property for is kept in the quote.
 */
import {
  RELATIONSHIP_TYPE_REGISTRY,
  type EntityType,
  type Firmness,
  type RelationshipType,
} from "../../model";
import type { RelationshipRow, RowProperties, RowValue } from "../model-rows";
import type { FtmRecordReader, ValueCheck } from "./ftm-record-reader";
import { SELF_END, type FtmLinkMapping } from "./ftm-schemata";
import { ftmAmount, ftmDate, ftmPercentage } from "./ftm-values";

const DATE: ValueCheck<string> = { read: ftmDate, code: "bad-date", hard: true };
const SHARE: ValueCheck<number> = { read: ftmPercentage, code: "bad-share", hard: true };
const AMOUNT: ValueCheck<number> = { read: ftmAmount, code: "bad-number", hard: true };

type LinkValue = { to: string; check: ValueCheck<string | number> } | { to: string; joined: true };

/** FtM interval properties read as a relationship property, where the type declares it. */
const LINK_VALUES: Readonly<Record<string, LinkValue>> = {
  startDate: { to: "startDate", check: DATE },
  endDate: { to: "endDate", check: DATE },
  listingDate: { to: "asOfDate", check: DATE },
  percentage: { to: "shareExact", check: SHARE },
  sharesCount: { to: "sharesCount", check: AMOUNT },
  role: { to: "role", joined: true },
  program: { to: "listName", joined: true },
};

/** Words the input gives that the type has no property for: kept in the quote. */
const QUOTED = ["role", "relationship", "ownershipType"] as const;

/**
 * What FtM does not state but the type requires, filled with the value that claims least, and
 * the firmness of the claim: an FtM UnknownLink says two parties are linked, not how, so the
 * control it is read as is `uncertain`.
 */
const FILL: Partial<
  Record<RelationshipType, (given: RowProperties, reader: FtmRecordReader) => RowProperties>
> = {
  OWNS: (given) => ({
    directOrIndirect: "unknown",
    interestType:
      given["shareExact"] !== undefined || given["sharesCount"] !== undefined
        ? "shareholding"
        : "unknownInterest",
  }),
  CONTROLS: () => ({ controlType: "otherInfluenceOrControl", firmness: "uncertain" }),
  OFFICER_OF: () => ({ role: "directorship" }),
  LISTS: (_given, reader): RowProperties =>
    reader.record.datasets === undefined ? {} : { listName: reader.record.datasets.join("; ") },
};

export interface FtmEnd {
  id: string;
  type: EntityType;
}

export interface FtmLinkIds {
  /** The relationship's id; `/2`, `/3`, … are added when the record links several pairs. */
  base: string;
  source: string;
  /** The record's own entity, for `to: "id"` (Contract.authority → the Contract). */
  self: FtmEnd | null;
}

/** Resolves an end named by an FtM property, or null when it cannot be linked (reported). */
export type FtmEndResolver = (property: string, value: string) => FtmEnd | null;

function linkValues(
  reader: FtmRecordReader,
  declared: Readonly<Record<string, unknown>>,
): RowProperties {
  const properties: RowProperties = {};
  for (const [ftm, rule] of Object.entries(LINK_VALUES)) {
    if (declared[rule.to] === undefined || reader.record.properties[ftm] === undefined) continue;
    const value: RowValue | undefined =
      "joined" in rule ? reader.joined(ftm) : reader.first(ftm, rule.check);
    if (value !== undefined) properties[rule.to] = value;
  }
  return properties;
}

function quoteOf(reader: FtmRecordReader): string {
  const words = QUOTED.flatMap((property) => {
    if (reader.record.properties[property] === undefined) return [];
    const value = reader.joined(property);
    return value === undefined ? [] : [`${property} "${value}"`];
  });
  const head = `FtM ${reader.record.schema} ${reader.record.id}`;
  return words.length === 0 ? head : `${head}, ${words.join(", ")}`;
}

function ends(
  reader: FtmRecordReader,
  property: string,
  self: FtmEnd | null,
  resolve: FtmEndResolver,
): FtmEnd[] | null {
  if (property === SELF_END) return self === null ? [] : [self];
  const values = reader.texts(property);
  if (values.length === 0) return null;
  return values
    .map((value) => resolve(property, value))
    .filter((end): end is FtmEnd => end !== null);
}

export function ftmLinkRows(
  reader: FtmRecordReader,
  mapping: FtmLinkMapping,
  ids: FtmLinkIds,
  resolve: FtmEndResolver,
): RelationshipRow[] {
  const entry = RELATIONSHIP_TYPE_REGISTRY[mapping.type];
  const froms = ends(reader, mapping.from, ids.self, resolve);
  const tos = ends(reader, mapping.to, ids.self, resolve);
  if (froms === null || tos === null) {
    const missing = froms === null ? mapping.from : mapping.to;
    reader.warn(
      "missing-end",
      `${capitalised(reader.what())} has no "${missing}", so it links nothing.`,
      "Nothing to do unless the file should name it; the record is left out.",
    );
    return [];
  }
  const given = linkValues(reader, entry.properties);
  const { firmness = "reported", ...filled } = {
    ...(FILL[mapping.type]?.(given, reader) ?? {}),
    ...given,
  };
  const properties: RowProperties = {
    ...filled,
    sourceIds: [ids.source],
    quotes: [quoteOf(reader)],
    quoteKinds: ["summary"],
    firmness: firmness as Firmness,
  };
  const missing = entry.required.filter((key) => properties[key] === undefined);
  if (missing.length > 0) {
    reader.warn(
      "missing-required",
      `${capitalised(reader.what())} gives nothing the model's ${mapping.type} can use as its ${missing.map((key) => `"${key}"`).join(", ")}, so it is left out.`,
      "Add the value to the record (docs/model.md lists what FtM property it is read from).",
    );
    return [];
  }
  const pairs = froms.flatMap((from) => tos.map((to) => [from, to] as const));
  const rows: RelationshipRow[] = [];
  for (const [from, to] of pairs) {
    if (!entry.from.includes(from.type) || !entry.to.includes(to.type)) {
      reader.warn(
        "endpoint-not-mapped",
        `${capitalised(reader.what())} links a ${from.type} to a ${to.type}; the model's ${mapping.type} runs from ${entry.from.join(" or ")} to ${entry.to.join(" or ")}, so this link is left out.`,
        "Nothing to do unless you need it; the model's FtM mapping is in docs/model.md.",
      );
      continue;
    }
    const id = pairs.length === 1 ? ids.base : `${ids.base}/${String(rows.length + 1)}`;
    rows.push({
      id,
      type: mapping.type,
      from: from.id,
      to: to.id,
      properties: { id, ...properties },
      origin: reader.origin,
    });
  }
  return rows;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
