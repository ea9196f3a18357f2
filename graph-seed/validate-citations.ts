/**
 * Citations: `{ "source": id, "quote": "..." }` for a verbatim quote, or
 * `{ "source": id, "summary": "..." }` for our words on what the source states or where.
 * Entity citations also name the `properties` they back and their `firmness`.
 */
import type { ProblemList } from "./seed-validation-error";
import { FIRMNESS_LEVELS, type Firmness } from "../domain/model";
import type { Citation } from "./seed-types";
import { isRecord } from "./entry-helpers";
import { MAX_QUOTE_LENGTH, isAtMostOneSentence } from "./value-checks";
import { holdsQuote, type HeldSourceText } from "./source-texts";

/** What a citation may name: the sources sources.json defines, and the texts held of some. */
export interface CitableSources {
  ids: ReadonlySet<string>;
  texts: ReadonlyMap<string, HeldSourceText>;
}

export interface CitationContext {
  file: string;
  entry: string;
  sourceIds: ReadonlySet<string>;
  /** The texts the seed holds, by source id: a quote from one of them must be in it. */
  sourceTexts: ReadonlyMap<string, HeldSourceText>;
  problems: ProblemList;
}

/** The context citations of one entry are checked in. */
export function citationContext(
  file: string,
  entry: string,
  sources: CitableSources,
  problems: ProblemList,
): CitationContext {
  return { file, entry, sourceIds: sources.ids, sourceTexts: sources.texts, problems };
}

export function isFirmness(value: unknown): value is Firmness {
  return typeof value === "string" && (FIRMNESS_LEVELS as readonly string[]).includes(value);
}

export const FIRMNESS_HINT = `use "reported" (a source states it), "inferred" (derived from what sources state) or "uncertain"`;

function checkText(text: string, where: string, context: CitationContext): boolean {
  const { file, entry, problems } = context;
  if (text.trim().length === 0) {
    problems.add(
      file,
      entry,
      `${where} is empty`,
      "quote the source, or summarise where it says so",
    );
    return false;
  }
  if (text.length > MAX_QUOTE_LENGTH || !isAtMostOneSentence(text)) {
    problems.add(
      file,
      entry,
      `${where} is longer than one sentence`,
      `keep at most one sentence (and at most ${MAX_QUOTE_LENGTH} characters); cite the rest by locator`,
    );
    return false;
  }
  return true;
}

/** Parses one citation; reports problems and returns null when it cannot be used. */
export function parseCitation(
  raw: unknown,
  index: number,
  context: CitationContext,
): Citation | null {
  const { file, entry, sourceIds, problems } = context;
  const where = `citation #${index}`;
  if (!isRecord(raw)) {
    problems.add(
      file,
      entry,
      `${where} is not an object`,
      `write { "source": "<source id>", "quote": "..." }`,
    );
    return null;
  }
  const sourceId = raw["source"];
  let usable = true;
  if (typeof sourceId !== "string" || sourceId.length === 0) {
    problems.add(
      file,
      entry,
      `${where} has no "source"`,
      "name the id of a source in sources.json",
    );
    usable = false;
  } else if (!sourceIds.has(sourceId)) {
    problems.add(
      file,
      entry,
      `${where} cites source "${sourceId}", which sources.json does not define`,
      "add the source to sources.json, or correct the id",
    );
    usable = false;
  }
  const quote = raw["quote"];
  const summary = raw["summary"];
  if ((quote === undefined) === (summary === undefined)) {
    problems.add(
      file,
      entry,
      `${where} must have exactly one of "quote" (verbatim) or "summary" (our words)`,
      `use "quote" for words copied from the source, "summary" otherwise`,
    );
    return null;
  }
  const text = quote ?? summary;
  if (typeof text !== "string") {
    problems.add(
      file,
      entry,
      `${where} text is not a string`,
      "write the quote or summary as a string",
    );
    return null;
  }
  if (!checkText(text, where, context) || !usable || typeof sourceId !== "string") return null;
  const kind = quote !== undefined ? "quote" : "summary";
  if (kind === "quote") checkQuoteInHeldText(text, sourceId, where, context);
  return { sourceId, text, kind };
}

/** A quote from a source whose text the seed holds must be in that text, whitespace aside. */
function checkQuoteInHeldText(
  quote: string,
  sourceId: string,
  where: string,
  context: CitationContext,
): void {
  const held = context.sourceTexts.get(sourceId);
  if (held === undefined || holdsQuote(held, quote)) return;
  const preview = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
  context.problems.add(
    context.file,
    context.entry,
    `${where} quotes "${preview}" from source "${sourceId}", but ${held.file} does not contain these words`,
    `copy the words exactly from ${held.file} (only whitespace may differ), or cite them as a "summary" in our words`,
  );
}

/** The raw citations list of an entry; reports a missing or empty one. */
export function citationItems(raw: unknown, context: CitationContext): unknown[] {
  if (Array.isArray(raw) && raw.length > 0) return raw;
  context.problems.add(
    context.file,
    context.entry,
    "has no citations",
    `add "citations": [{ "source": "<source id>", "quote": "..." }]; every fact needs a source`,
  );
  return [];
}
