/**
 * Turns what a user types into the search box into a Lucene query for the `entity_search`
 * full-text index. The text is only ever data: every Lucene operator character is escaped,
 * the words are lower-cased (so AND, OR, NOT cannot act as operators), and the result is
 * passed to Neo4j as a parameter.
 *
 * Latin words and numbers match whole, as a prefix ("ais" finds Aisino, "6002" finds 600271)
 * or, from five letters on and when asked (`typos`), with one typo ("Aisnio"). Chinese, Japanese and Korean runs match
 * as a phrase of the index's bigrams ("航天信息" finds 航天信息股份有限公司); a single character
 * matches as a prefix. Every word is required except stop words ("of", "and"), which the index
 * does not hold: they never make a match impossible. The words as one phrase add to the score.
 * The hits are then ranked by domain/search/search-ranking.ts.
 */
import { SEARCH_STOP_WORDS } from "../../domain/search/search-ranking";

/** Characters the Lucene query parser treats as syntax. */
const LUCENE_SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const CJK_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CJK_TEST =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]+$/u;

export const MAX_SEARCH_WORDS = 12;
export const MAX_WORD_LENGTH = 64;

/** Escapes every character Lucene's query parser would read as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL_CHARACTERS, "\\$&");
}

/** The words of a search text: Latin/number runs lower-cased, CJK runs kept apart. */
export function searchWords(text: string): string[] {
  const normalised = text.normalize("NFKC").replace(CJK_RUN, " $& ");
  const words = normalised.match(WORD) ?? [];
  return words
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH).toLowerCase());
}

/**
 * The Lucene query for a search text, or null when the text holds no letter or digit (then
 * there is nothing to search for). With `typos`, a word of five letters or more also matches
 * with one letter wrong; that is the costlier part of the query (about a third of the index's
 * time on a million names), so the search asks for it only when the words themselves find
 * nothing (server/routes/explorer-search-route.ts).
 */
export function buildFulltextQuery(text: string, { typos }: { typos: boolean }): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const significant = words.filter((word) => !SEARCH_STOP_WORDS.has(word));
  const required = (significant.length > 0 ? significant : words).map((word) => {
    const escaped = escapeLucene(word);
    if (CJK_TEST.test(word)) return `+${[...word].length === 1 ? `${escaped}*` : `"${escaped}"`}`;
    const typo = typos && [...word].length >= 5 ? ` OR ${escaped}~1` : "";
    return `+(${escaped}^2 OR ${escaped}*${typo})`;
  });
  const phrase = significant.length > 1 ? ` "${escapeLucene(significant.join(" "))}"^4` : "";
  return `${required.join(" ")}${phrase}`;
}
