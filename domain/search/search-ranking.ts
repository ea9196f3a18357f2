/**
 * The order of search hits: what people type should find the entity they mean first. The
 * full-text index finds the candidates; this ranks them by how the text meets one of each
 * candidate's names or identifiers:
 *   0. it is the name, an alias, a short name or an identifier ("CASIC", "600271");
 *   1. a name starts with it ("Liantang" → "Liantang/Heung Yuen Wai");
 *   2. each word is a whole word of one name;
 *   3. each word starts a word of one name ("Rongxin" → "Chen Rongxing");
 *   4. anything else the index matched (a typo, words spread over several names).
 * Within a tier, the hit whose name the words cover most comes first ("West Kowloon Station"
 * before "Aisino e-Channel contract, West Kowloon Station"), then the index's score.
 */

/** Words the full-text index drops (Lucene's English stop words): they never decide a match. */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "but",
  "by",
  "for",
  "if",
  "in",
  "into",
  "is",
  "it",
  "no",
  "not",
  "of",
  "on",
  "or",
  "such",
  "that",
  "the",
  "their",
  "then",
  "there",
  "these",
  "they",
  "this",
  "to",
  "was",
  "will",
  "with",
]);

export interface SearchCandidate {
  /** Every name: the name, aliases, short and former names, the caption. */
  names: readonly string[];
  /** Identifiers as stored (`SSE:600271`) and bare codes (`600271`). */
  identifiers: readonly string[];
  /** The full-text index's score. */
  score: number;
}

/** Lower case, compatibility forms folded, `&` read as "and", punctuation as spaces. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function wordsOf(text: string): string[] {
  return normaliseForSearch(text)
    .split(" ")
    .filter((word) => word !== "");
}

interface Fit {
  tier: number;
  coverage: number;
}

function fitToName(query: string, queryWords: readonly string[], name: string): Fit {
  const normal = normaliseForSearch(name);
  const words = wordsOf(name);
  const coverage = words.length === 0 ? 0 : Math.min(1, queryWords.length / words.length);
  if (normal === query) return { tier: 0, coverage: 1 };
  if (normal.startsWith(query)) return { tier: 1, coverage };
  // CJK text has no spaces: a run contained in the name is as good as a whole word.
  if (
    queryWords.every(
      (word) => words.includes(word) || (/\P{ASCII}/u.test(word) && normal.includes(word)),
    )
  ) {
    return { tier: 2, coverage };
  }
  if (queryWords.every((word) => words.some((candidate) => candidate.startsWith(word)))) {
    return { tier: 3, coverage };
  }
  return { tier: 4, coverage: 0 };
}

function bestFit(text: string, candidate: SearchCandidate): Fit {
  const query = normaliseForSearch(text);
  const significant = wordsOf(text).filter((word) => !SEARCH_STOP_WORDS.has(word));
  const queryWords = significant.length > 0 ? significant : wordsOf(text);
  let best: Fit = { tier: 4, coverage: 0 };
  for (const identifier of candidate.identifiers) {
    if (normaliseForSearch(identifier) === query) return { tier: 0, coverage: 1 };
  }
  for (const name of candidate.names) {
    const fit = fitToName(query, queryWords, name);
    if (fit.tier < best.tier || (fit.tier === best.tier && fit.coverage > best.coverage)) {
      best = fit;
    }
  }
  return best;
}

/** The candidates in the order to show them (a new array; the input is not changed). */
export function rankSearchCandidates<Candidate extends SearchCandidate>(
  text: string,
  candidates: readonly Candidate[],
): Candidate[] {
  const fits = new Map(candidates.map((candidate) => [candidate, bestFit(text, candidate)]));
  return [...candidates].sort((a, b) => {
    const fa = fits.get(a) ?? { tier: 4, coverage: 0 };
    const fb = fits.get(b) ?? { tier: 4, coverage: 0 };
    return fa.tier - fb.tier || fb.coverage - fa.coverage || b.score - a.score;
  });
}
