/**
 * The texts the project holds of some sources, so that quotes from them can be checked word
 * for word: `data/source-texts/<source id>.txt`. A file starts with attribution lines ("# ...":
 * what the text is and where it comes from); the source's text follows. Quotes are compared
 * after Unicode whitespace normalisation, since a page may carry a non-breaking space where a
 * quote has a plain one.
 */
import type { ProblemList } from "./seed-validation-error";

/** The folder, inside the seed directory, that holds the source texts. */
export const SOURCE_TEXT_FOLDER = "source-texts";

const TEXT_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;

export interface HeldSourceText {
  sourceId: string;
  /** Where it lives, relative to the seed directory, for messages. */
  file: string;
  /** The text without its attribution lines, whitespace normalised. */
  text: string;
}

/** Every run of Unicode whitespace (spaces, non-breaking spaces, line breaks) becomes one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** True when the held text contains the quote, whitespace aside. */
export function holdsQuote(held: HeldSourceText, quote: string): boolean {
  return held.text.includes(normaliseWhitespace(quote));
}

/**
 * Parses the held texts (file name → content) and reports files that name no source, lack an
 * attribution line or hold no text. Returns the usable ones by source id.
 */
export function parseSourceTexts(
  raw: Readonly<Record<string, string>>,
  sourceIds: ReadonlySet<string>,
  problems: ProblemList,
): Map<string, HeldSourceText> {
  const held = new Map<string, HeldSourceText>();
  for (const [name, content] of Object.entries(raw)) {
    const file = `${SOURCE_TEXT_FOLDER}/${name}`;
    const sourceId = TEXT_FILE.exec(name)?.[1];
    if (sourceId === undefined || !sourceIds.has(sourceId)) {
      problems.add(
        file,
        "(file)",
        `names no source in sources.json`,
        `name the file "<source id>.txt" after the source whose text it holds`,
      );
      continue;
    }
    const lines = content.split(/\r?\n/);
    const attribution = lines.findIndex((line) => !line.startsWith("#"));
    const body = normaliseWhitespace(
      lines.slice(attribution === -1 ? lines.length : attribution).join("\n"),
    );
    if (attribution === 0) {
      problems.add(
        file,
        "(file)",
        "has no attribution line",
        `start the file with "# <title>, <publisher>, <date>, <URL>" and say what part of the source it holds`,
      );
    }
    if (body.length === 0) {
      problems.add(
        file,
        "(file)",
        "holds no text after its attribution lines",
        "paste the source's text (or the passages the seed quotes) below the attribution lines",
      );
      continue;
    }
    held.set(sourceId, { sourceId, file, text: body });
  }
  return held;
}
