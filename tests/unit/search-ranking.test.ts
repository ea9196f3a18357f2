import { describe, expect, it } from "vitest";
import { normaliseForSearch, rankSearchCandidates } from "../../domain/search/search-ranking";

const candidate = (id: string, names: string[], score: number, identifiers: string[] = []) => ({
  id,
  names,
  identifiers,
  score,
});

const order = (text: string, candidates: ReturnType<typeof candidate>[]) =>
  rankSearchCandidates(text, candidates).map((hit) => hit.id);

describe("rankSearchCandidates", () => {
  it("puts an exact name or short name before a name that only starts with it", () => {
    const academy = candidate("academy", ["中国航天科工飞航技术研究院", "CASIC Third Academy"], 9);
    const casic = candidate(
      "casic",
      ["China Aerospace Science and Industry Corporation", "CASIC"],
      3,
    );
    expect(order("CASIC", [academy, casic])).toEqual(["casic", "academy"]);
  });

  it("puts an exact identifier first", () => {
    const other = candidate("other", ["SSE 600271 Holdings"], 9);
    const aisino = candidate("aisino", ["Aisino Corporation"], 1, ["SSE:600271", "600271"]);
    expect(order("SSE:600271", [other, aisino])).toEqual(["aisino", "other"]);
  });

  it("prefers the name the words cover most when both hold every word", () => {
    const contract = candidate("contract", ["Aisino e-Channel contract, West Kowloon Station"], 5);
    const station = candidate("station", ["West Kowloon Station"], 4);
    expect(order("Kowloon Station", [contract, station])).toEqual(["station", "contract"]);
  });

  it("ignores stop words when it compares words, and reads & as and", () => {
    const sasac = candidate("sasac", ["State-owned Assets … Commission of the State Council"], 1);
    const council = candidate("council", ["State Council"], 5);
    expect(order("Commission of the State Council", [council, sasac])).toEqual([
      "sasac",
      "council",
    ]);
    expect(normaliseForSearch("Science & Industry Corp.")).toBe("science and industry corp");
  });

  it("keeps the index's order for what it cannot tell apart, and changes no input", () => {
    const a = candidate("a", ["Alpha"], 1);
    const b = candidate("b", ["Beta"], 2);
    const input = [a, b];
    expect(order("typo", input)).toEqual(["b", "a"]);
    expect(input).toEqual([a, b]);
  });
});
