import { describe, expect, it } from "vitest";
import {
  MAX_SEARCH_WORDS,
  buildFulltextQuery,
  escapeLucene,
  searchWords,
} from "../../server/explorer/fulltext-query";

describe("escapeLucene", () => {
  it("escapes every character the Lucene query parser reads as syntax", () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(""));
  });

  it("leaves letters, digits, CJK and spaces alone", () => {
    expect(escapeLucene("Aisino 600271 航天信息")).toBe("Aisino 600271 航天信息");
  });

  it("escapes Cypher- and regex-looking text so it stays text", () => {
    expect(escapeLucene("MATCH (n) DETACH DELETE n // .*")).toBe(
      "MATCH \\(n\\) DETACH DELETE n \\/\\/ .\\*",
    );
  });
});

describe("searchWords", () => {
  it("lower-cases Latin words and keeps CJK runs apart from them", () => {
    expect(searchWords("Aisino航天信息 Corp.")).toEqual(["aisino", "航天信息", "corp"]);
  });

  it("drops punctuation and markup, keeping only letters and digits", () => {
    expect(searchWords("<script>alert(1)</script>")).toEqual(["script", "alert", "1", "script"]);
    expect(searchWords("*?\\//")).toEqual([]);
  });

  it("normalises full-width characters (NFKC)", () => {
    expect(searchWords("ＡＩＳＩＮＯ　６００２７１")).toEqual(["aisino", "600271"]);
  });

  it("keeps at most a dozen words", () => {
    expect(searchWords("a b c d e f g h i j k l m n o p")).toHaveLength(MAX_SEARCH_WORDS);
  });
});

const TYPOS = { typos: true };

describe("buildFulltextQuery", () => {
  it("requires every word, whole (boosted), as a prefix, or from five letters with one typo", () => {
    expect(buildFulltextQuery("Ais corp", TYPOS)).toBe(
      '+(ais^2 OR ais*) +(corp^2 OR corp*) "ais corp"^4',
    );
    expect(buildFulltextQuery("Aisnio", TYPOS)).toBe("+(aisnio^2 OR aisnio* OR aisnio~1)");
  });

  it("leaves typos out when not asked for them", () => {
    expect(buildFulltextQuery("Aisnio", { typos: false })).toBe("+(aisnio^2 OR aisnio*)");
    expect(buildFulltextQuery("Department of Defense", { typos: false })).toBe(
      '+(department^2 OR department*) +(defense^2 OR defense*) "department defense"^4',
    );
    // Nothing of five letters: the same query either way.
    expect(buildFulltextQuery("Ais corp", { typos: false })).toBe(
      buildFulltextQuery("Ais corp", TYPOS),
    );
  });

  it("does not require stop words, which the index does not hold", () => {
    expect(buildFulltextQuery("Department of Defense", TYPOS)).toBe(
      '+(department^2 OR department* OR department~1) +(defense^2 OR defense* OR defense~1) "department defense"^4',
    );
    // Only stop words: then they are all there is to look for.
    expect(buildFulltextQuery("The", TYPOS)).toBe("+(the^2 OR the*)");
  });

  it("matches stock codes and identifiers by prefix", () => {
    expect(buildFulltextQuery("6002", TYPOS)).toBe("+(6002^2 OR 6002*)");
  });

  it("matches Chinese as a phrase of bigrams, a single character as a prefix", () => {
    expect(buildFulltextQuery("航天信息", TYPOS)).toBe('+"航天信息"');
    expect(buildFulltextQuery("航", TYPOS)).toBe("+航*");
  });

  it("cannot be turned into operators: AND, OR, NOT are lower-cased into words", () => {
    expect(buildFulltextQuery("NOT aisino OR x", TYPOS)).toBe(
      '+(aisino^2 OR aisino* OR aisino~1) +(x^2 OR x*) "aisino x"^4',
    );
    expect(buildFulltextQuery("AND", TYPOS)).toBe("+(and^2 OR and*)");
  });

  it("is null when there is nothing to search for", () => {
    expect(buildFulltextQuery("  ", TYPOS)).toBeNull();
    expect(buildFulltextQuery('"*" ~ ^ ()', TYPOS)).toBeNull();
  });
});
