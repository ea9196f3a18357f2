import { describe, expect, it } from "vitest";
import {
  allNames,
  identifierRows,
  nameRows,
  otherRows,
  valueText,
} from "../../app/explorer/selection/entity-facts";
import {
  citationsOf,
  claimDetails,
  safeHref,
} from "../../app/explorer/selection/relationship-facts";
import { shareTextOf } from "../../domain/model";

describe("entity facts for the evidence panel", () => {
  it("says unknown for a legal name no source gives, and lists every name in every script", () => {
    const unnamed = {
      id: "aisino-hong-kong-subsidiary",
      name: null,
      caption: "Aisino’s Hong Kong subsidiary",
    };
    expect(nameRows(unnamed)).toEqual([
      { key: "name", label: "Name", value: "unknown", unknown: true },
    ]);
    const aisino = {
      name: "Aisino Corporation",
      nameZh: "航天信息股份有限公司",
      shortNameZh: "航天信息",
      aliases: ["Aisino Co., Ltd"],
      names: ["Aisino Corporation", "航天信息股份有限公司", "Aisino"],
    };
    expect(nameRows(aisino).map((row) => row.label)).toEqual([
      "Name",
      "Chinese name",
      "Chinese short name",
      "Also known as",
    ]);
    expect(allNames(aisino)).toEqual([
      "Aisino Corporation",
      "航天信息股份有限公司",
      "Aisino",
      "航天信息",
      "Aisino Co., Ltd",
    ]);
  });

  it("shows identifiers a company should have as unknown when missing", () => {
    expect(identifierRows({}, "Company").map((row) => [row.label, row.value])).toEqual([
      ["Stock code", "unknown"],
      ["Jurisdiction", "unknown"],
    ]);
    expect(identifierRows({ stockCode: "600271" }, "Company")[0]?.value).toBe("600271");
  });

  it("lists other properties with readable labels, dates as Neo4j writes them", () => {
    const rows = otherRows({
      registeredCapital: 17897000000,
      foundingDate: { $type: "Date", value: "1999-07-01" },
      searchText: "hidden",
      seeded: true,
      eChannelCount: null,
    });
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ["E channel count", "unknown"],
      ["Founding date", "1999-07-01"],
      ["Registered capital", "17,897,000,000"],
    ]);
    expect(valueText([])).toBeNull();
  });
});

describe("relationship evidence", () => {
  const sources = {
    rfa: {
      id: "rfa",
      title: "RFA",
      publisher: "Radio Free Asia",
      url: null,
      date: "2019-07-22",
      authors: [],
    },
  };

  it("pairs sourceIds with quotes and quote kinds, and marks unknown sources", () => {
    const citations = citationsOf(
      {
        sourceIds: ["rfa", "gone"],
        quotes: ["its parent", "a summary"],
        quoteKinds: ["quote", "summary"],
      },
      (id) => sources[id as keyof typeof sources],
    );
    expect(citations).toEqual([
      { sourceId: "rfa", source: sources.rfa, quote: "its parent", quoteKind: "quote" },
      { sourceId: "gone", source: null, quote: "a summary", quoteKind: "summary" },
    ]);
  });

  it("reads shares through the model: exact, range, unknown, one wording", () => {
    expect(shareTextOf("OWNS", { shareExact: 50 })).toBe("50%");
    expect(shareTextOf("OWNS", { shareMin: 40, shareMax: 60 })).toBe("40–60%");
    expect(shareTextOf("OWNS", { shareExact: null })).toBe("unknown");
    expect(shareTextOf("OWNS", { shareExact: 250 })).toMatch(/^unreadable: .*0 to 100/);
    expect(shareTextOf("CONTROLS", {})).toBeNull();
    expect(claimDetails("CONTROLS", { controlType: "supervision", startDate: "2003" })).toEqual([
      "control: supervision",
      "from 2003",
    ]);
  });

  it("links only web addresses: never javascript: or data: URLs from the data", () => {
    expect(safeHref("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
