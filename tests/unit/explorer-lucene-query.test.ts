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

describe("buildFulltextQuery", () => {
  it("matches Latin words whole (boosted) or as a prefix, all words required", () => {
    expect(buildFulltextQuery("Ais corp")).toBe("(ais^2 OR ais*) AND (corp^2 OR corp*)");
  });

  it("matches stock codes and identifiers by prefix", () => {
    expect(buildFulltextQuery("6002")).toBe("(6002^2 OR 6002*)");
  });

  it("matches Chinese as a phrase of bigrams, a single character as a prefix", () => {
    expect(buildFulltextQuery("航天信息")).toBe('"航天信息"');
    expect(buildFulltextQuery("航")).toBe("航*");
  });

  it("cannot be turned into operators: AND, OR, NOT are lower-cased into words", () => {
    expect(buildFulltextQuery("NOT aisino OR x")).toBe(
      "(not^2 OR not*) AND (aisino^2 OR aisino*) AND (or^2 OR or*) AND (x^2 OR x*)",
    );
  });

  it("is null when there is nothing to search for", () => {
    expect(buildFulltextQuery("  ")).toBeNull();
    expect(buildFulltextQuery('"*" ~ ^ ()')).toBeNull();
  });
});
