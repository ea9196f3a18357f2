/**
 * The checks every import's rows pass before anything is written, whatever the format: each
 * property is one the model declares for that type, with a value of its kind (a share from 0 to
 * 100, a real date, a two-letter country); ids are unique in the dataset; every relationship and
 * citation names an entity and a source that the dataset defines. The ledger keeps only ids (and
 * the references that point forward), so its memory grows with the number of entities, not with
 * the size of the files.
 */
import {
  ENTITY_TYPE_REGISTRY,
  RELATIONSHIP_TYPE_REGISTRY,
  SOURCE_PROPERTIES,
  checkValue,
  type EntityType,
  type PropertyKinds,
} from "../model";
import type { ImportProblems } from "./import-problems";
import type { ModelRows, RowOrigin, RowProperties } from "./model-rows";

/** Properties every row may carry: its id, the computed names, the dataset that writes it. */
const ROW_PROPERTIES: PropertyKinds = {
  id: "text",
  caption: "text",
  names: "texts",
  searchText: "text",
  dataset: "text",
  datasetVersion: "text",
};

/** How a relationship cites its sources (parallel lists: source, quote, kind of quote). */
const RELATIONSHIP_CITATION_PROPERTIES: PropertyKinds = {
  sourceIds: "texts",
  quotes: "texts",
  quoteKinds: "texts",
  firmness: "text",
};

/**
 * The citation lists run in parallel (the n-th quote cites the n-th source), so an entry may
 * repeat: two quotes of the kind "summary", or one source cited for two passages.
 */
const PARALLEL_LISTS: ReadonlySet<string> = new Set(["sourceIds", "quotes", "quoteKinds"]);

function parallelListProblem(value: unknown): string | null {
  const isTextList =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === "string" && item.trim() !== "");
  return isTextList
    ? null
    : `is ${JSON.stringify(value)}; it must be a non-empty list of non-empty strings`;
}

/** What a SOURCED_FROM citation of an entity carries. */
const CITATION_PROPERTIES: PropertyKinds = {
  properties: "texts",
  quote: "text",
  quoteKind: "text",
  firmness: "text",
};

/** Imported sources must say what they are; a publisher or url is kept where the input has one. */
const REQUIRED_IMPORTED_SOURCE_PROPERTIES = ["caption", "kind"] as const;

const MISSING = "(unknown place)";

/** A relationship end to check: the entity named, which end it is, the types it may have. */
interface EntityEnd {
  end: "from" | "to";
  allowed: readonly EntityType[];
}

/** A reference to an entity: [id named, what names it, where, the end's allowed types or null]. */
type EntityRef = [string, string, RowOrigin | undefined, EntityEnd | null];

function originOf(origin: RowOrigin | undefined): { file: string; at: string | null } {
  return origin ?? { file: MISSING, at: null };
}

export class RowLedger {
  /** Every entity's type by id (ids and types only, not the rows). */
  private readonly entityTypes = new Map<string, EntityType>();
  private readonly sourceIds = new Set<string>();
  private readonly linkIds = new Set<string>();
  /** References to check once every row is seen: [id named, what names it, where]. */
  private readonly pendingEntityRefs: EntityRef[] = [];
  private readonly pendingSourceRefs: [string, string, RowOrigin | undefined][] = [];

  constructor(private readonly problems: ImportProblems) {}

  get entityCount(): number {
    return this.entityTypes.size;
  }

  /** Checks one batch; references to entities or sources defined later are checked in finish. */
  check(rows: ModelRows): void {
    for (const source of rows.sources) {
      this.unique(this.sourceIds, source.id, "source", source.origin);
      this.properties(source.properties, SOURCE_PROPERTIES, "a source", source.origin);
      for (const key of REQUIRED_IMPORTED_SOURCE_PROPERTIES) {
        if (source.properties[key] === undefined)
          this.missing(key, `source ${source.id}`, source.origin);
      }
    }
    for (const entity of rows.entities) {
      this.uniqueEntity(entity.id, entity.type, entity.origin);
      const entry = ENTITY_TYPE_REGISTRY[entity.type];
      this.properties(entity.properties, entry.properties, `a ${entity.type}`, entity.origin);
    }
    for (const link of rows.relationships) {
      this.unique(this.linkIds, link.id, "relationship", link.origin);
      const entry = RELATIONSHIP_TYPE_REGISTRY[link.type];
      const kinds = { ...entry.properties, ...RELATIONSHIP_CITATION_PROPERTIES };
      const what = `relationship ${link.id} (${link.type})`;
      if (entry.chainRole === "identity") this.madeByOwnergraph(what, link.origin);
      this.properties(link.properties, kinds, what, link.origin);
      for (const key of entry.required) {
        if (link.properties[key] === undefined) this.missing(key, what, link.origin);
      }
      this.shareRange(link.properties, what, link.origin);
      this.entityRef([link.from, what, link.origin, { end: "from", allowed: entry.from }]);
      this.entityRef([link.to, what, link.origin, { end: "to", allowed: entry.to }]);
      const sourceIds = link.properties["sourceIds"];
      if (Array.isArray(sourceIds)) {
        for (const id of sourceIds) this.sourceRef(id, what, link.origin);
      }
    }
    for (const citation of rows.citations) {
      this.unique(this.linkIds, citation.id, "citation", citation.origin);
      this.properties(citation.properties, CITATION_PROPERTIES, "a citation", citation.origin);
      const what = `citation ${citation.id}`;
      this.entityRef([citation.entityId, what, citation.origin, null]);
      this.sourceRef(citation.sourceId, what, citation.origin);
    }
  }

  /** Checks the references left open: every one must name an entity or source of the dataset. */
  finish(): void {
    for (const ref of this.pendingEntityRefs) {
      const [id, what, origin] = ref;
      if (this.entityTypes.has(id)) this.endType(ref);
      else this.dangling(id, "entity", what, origin);
    }
    for (const [id, what, origin] of this.pendingSourceRefs) {
      if (!this.sourceIds.has(id)) this.dangling(id, "source", what, origin);
    }
    this.pendingEntityRefs.length = 0;
    this.pendingSourceRefs.length = 0;
  }

  /** Checked now when the entity is known; later (in finish) when it may come further on. */
  private entityRef(ref: EntityRef): void {
    if (this.entityTypes.has(ref[0])) this.endType(ref);
    else this.pendingEntityRefs.push(ref);
  }

  /** A relationship's end must be of a type the registry allows at that end (`from`, `to`). */
  private endType([id, what, origin, end]: EntityRef): void {
    const type = this.entityTypes.get(id);
    if (end === null || type === undefined || end.allowed.includes(type)) return;
    const side = end.end === "from" ? "starts at" : "ends at";
    this.problems.error({
      ...originOf(origin),
      code: "wrong-end-type",
      message:
        `The ${what} ${side} "${id}", a ${type}; the model allows only ` +
        `${end.allowed.join(", ")} at that end.`,
      fix:
        "Correct the entity's type or the relationship's type or ends in the file " +
        "(docs/model.md lists which types each relationship joins).",
    });
  }

  private uniqueEntity(id: string, type: EntityType, origin?: RowOrigin): void {
    if (this.isNew(this.entityTypes, id, "entity", origin)) this.entityTypes.set(id, type);
  }

  private sourceRef(id: string, what: string, origin?: RowOrigin): void {
    if (!this.sourceIds.has(id)) this.pendingSourceRefs.push([id, what, origin]);
  }

  private shareRange(properties: RowProperties, what: string, origin?: RowOrigin): void {
    const { shareMin, shareMax } = properties;
    if (typeof shareMin === "number" && typeof shareMax === "number" && shareMin > shareMax) {
      this.problems.error({
        ...originOf(origin),
        code: "bad-share-range",
        message: `The share of ${what} runs from ${String(shareMin)} down to ${String(shareMax)}.`,
        fix: "Give the smaller figure as the minimum and the larger as the maximum.",
      });
    }
  }

  private unique(seen: Set<string>, id: string, what: string, origin?: RowOrigin): void {
    this.isNew(seen, id, what, origin);
    if (id.length > 0) seen.add(id);
  }

  /** False (and reported) when the id is empty or already seen. */
  private isNew(
    seen: { has(id: string): boolean },
    id: string,
    what: string,
    origin?: RowOrigin,
  ): boolean {
    if (id.length === 0) {
      this.problems.error({
        ...originOf(origin),
        code: "missing-id",
        message: `A ${what} has no id.`,
        fix: "Give every record an id.",
      });
      return false;
    }
    if (!seen.has(id)) return true;
    this.problems.error({
      ...originOf(origin),
      code: "duplicate-id",
      message: `The ${what} id "${id}" is used twice.`,
      fix: "Give each record its own id, or remove the repeated record.",
    });
    return false;
  }

  private properties(
    properties: RowProperties,
    kinds: PropertyKinds,
    what: string,
    origin?: RowOrigin,
  ): void {
    for (const [key, value] of Object.entries(properties)) {
      const kind = kinds[key] ?? ROW_PROPERTIES[key];
      if (kind === undefined) {
        this.problems.error({
          ...originOf(origin),
          code: "unknown-property",
          message: `The model has no property "${key}" on ${what}.`,
          fix: "Map it to a property the model declares (docs/model.md), or leave it out.",
        });
        continue;
      }
      const reason = PARALLEL_LISTS.has(key) ? parallelListProblem(value) : checkValue(kind, value);
      if (reason !== null) {
        this.problems.error({
          ...originOf(origin),
          code: "bad-value",
          message: `Property "${key}" of ${what} ${reason}.`,
          fix: "Correct the value in the file, then import again.",
        });
      }
    }
  }

  private madeByOwnergraph(what: string, origin?: RowOrigin): void {
    this.problems.error({
      ...originOf(origin),
      code: "joins-are-derived",
      message:
        `The ${what} is a join of records, which Ownergraph makes itself from the identifiers ` +
        `records share; an import cannot state one.`,
      fix: "Leave the row out and give both entities their identifiers (LEI, registration number…).",
    });
  }

  private missing(key: string, what: string, origin?: RowOrigin): void {
    this.problems.error({
      ...originOf(origin),
      code: "missing-property",
      message: `The ${what} has no "${key}", which the model requires.`,
      fix: `Give it a "${key}".`,
    });
  }

  private dangling(id: string, kind: string, what: string, origin?: RowOrigin): void {
    this.problems.error({
      ...originOf(origin),
      code: "dangling-reference",
      message: `The ${what} names the ${kind} "${id}", which no record in the files defines.`,
      fix: `Add the ${kind} to the files, or correct the reference.`,
    });
  }
}
