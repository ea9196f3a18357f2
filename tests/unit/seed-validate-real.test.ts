import { describe, expect, it } from "vitest";
import { readSeedDirectory, validateSeed, type SeedDataset } from "../../graph-seed";
import { realSeedFiles } from "./seed-fixture-files";

const dataset: SeedDataset = await readSeedDirectory();
const entity = (id: string) => dataset.entities.find((e) => e.id === id);
const relationship = (id: string) => dataset.relationships.find((r) => r.id === id);

describe("the real seed", () => {
  it("validates, with the story's entities present", () => {
    for (const id of [
      "state-council",
      "sasac",
      "casic",
      "aisino",
      "aisino-hong-kong-subsidiary",
      "hk-immigration-department",
      "hzmb-hong-kong-port",
      "west-kowloon-station",
      "liantang-heung-yuen-wai",
      "chen-rongxing",
    ]) {
      expect(entity(id), id).toBeDefined();
    }
  });

  it("has a deterministic seedVersion: manifest version plus content hash", async () => {
    expect(dataset.seedVersion).toMatch(/^[0-9A-Za-z.-]+\+[0-9a-f]{12}$/);
    expect(dataset.seedVersion.startsWith(`${dataset.manifestVersion}+`)).toBe(true);
    expect(validateSeed(await realSeedFiles()).seedVersion).toBe(dataset.seedVersion);
  });

  it("changes seedVersion when any fact changes, even without a manifest bump", async () => {
    const files = await realSeedFiles();
    (files.entities as Record<string, unknown>[])[0]!["description"] = "changed";
    expect(validateSeed(files).seedVersion).not.toBe(dataset.seedVersion);
  });

  it("invents no share: every OWNS share is null (the one figure given, 48 %, is a disputed claim)", () => {
    const owns = dataset.relationships.filter((r) => r.type === "OWNS");
    expect(owns.length).toBeGreaterThan(0);
    for (const r of owns) {
      expect(
        [r.properties["shareExact"], r.properties["shareMin"], r.properties["shareMax"]],
        r.id,
      ).toEqual([undefined, undefined, undefined]);
    }
    expect(relationship("casic-owns-aisino")?.firmness).toBe("uncertain");
  });

  it("keeps CASIC and CASC apart", () => {
    const casic = entity("casic");
    const casc = entity("casc");
    expect(casic?.properties["shortName"]).toBe("CASIC");
    expect(casc?.properties["shortName"]).toBe("CASC");
    expect(casic?.names).not.toContain("CASC");
    expect(casc?.names.some((name) => name.includes("Science and Industry"))).toBe(false);
    expect(dataset.relationships.some((r) => r.type === "OWNS" && r.from === "casc")).toBe(false);
  });

  it("shows the unnamed Hong Kong subsidiary as unnamed, not guessed", () => {
    const subsidiary = entity("aisino-hong-kong-subsidiary");
    expect(subsidiary?.name).toBeNull();
    expect(subsidiary?.properties["name"]).toBeUndefined();
    expect(subsidiary?.caption).toBe("Aisino’s Hong Kong subsidiary (name unknown)");
    expect(subsidiary?.names).toEqual([]);
    expect(subsidiary?.searchText).toBe(subsidiary?.caption);
  });

  it("makes Aisino findable by every name and its stock code", () => {
    const aisino = entity("aisino");
    for (const text of [
      "航天信息",
      "航天信息股份有限公司",
      "Aisino Corporation",
      "Aisino Co.Ltd.",
      "600271",
      "SSE:600271",
    ]) {
      expect(aisino?.searchText, text).toContain(text);
    }
    expect(aisino?.names[0]).toBe("Aisino Corporation");
  });

  it("cites every relationship and every sourced entity property", () => {
    for (const r of dataset.relationships) {
      expect(r.citations.length, r.id).toBeGreaterThan(0);
      expect((r.properties["sourceIds"] as string[]).length, r.id).toBe(
        (r.properties["quotes"] as string[]).length,
      );
    }
    for (const e of dataset.entities) expect(e.citations.length, e.id).toBeGreaterThan(0);
  });

  it("puts Chen Rongxing in his 2016 role at Aisino", () => {
    const role = relationship("chen-rongxing-officer-of-aisino");
    expect(role?.properties["role"]).toBe("deputy general manager");
    expect(role?.properties["asOfDate"]).toBe("2016-05");
  });

  it("links each checkpoint through its contract to Aisino", () => {
    for (const place of [
      "hzmb-hong-kong-port",
      "west-kowloon-station",
      "liantang-heung-yuen-wai",
    ]) {
      const performed = dataset.relationships.find(
        (r) => r.type === "PERFORMED_AT" && r.to === place,
      );
      expect(performed, place).toBeDefined();
      const supplied = dataset.relationships.find(
        (r) => r.type === "SUPPLIES" && r.to === performed?.from,
      );
      expect(supplied?.from, place).toBe("aisino");
    }
  });

  it("counts CASIC's Third Academy once, under every name the sources give it", () => {
    const academies = dataset.entities.filter((e) =>
      e.names.some((name) => name.includes("第三研究院") || name.includes("飞航")),
    );
    expect(academies.map((e) => e.id)).toEqual(["casic-third-academy"]);
    expect(academies[0]?.names).toEqual(
      expect.arrayContaining([
        "中国航天科工飞航技术研究院",
        "中国航天科工集团第三研究院",
        "中国航天海鹰机电技术研究院",
        "CASIC Third Academy",
      ]),
    );
    expect(entity("casic-feihang-academy")).toBeUndefined();
    expect(entity("beijing-jidian-design-department")?.names).toContain(
      "中国航天科工集团第四总体设计部",
    );
  });

  it("has one top of the ownership and control chains: the State Council", () => {
    const chain = dataset.relationships.filter((r) => r.type === "OWNS" || r.type === "CONTROLS");
    const held = new Set(chain.map((r) => r.to));
    const tops = new Set(chain.filter((r) => !held.has(r.from)).map((r) => r.from));
    expect([...tops]).toEqual(["state-council"]);
    expect(entity("chinese-state")).toBeUndefined();
    const halfOwned = relationship("sasac-owns-aisino");
    expect(halfOwned?.firmness).toBe("uncertain");
    expect(halfOwned?.citations.map((c) => c.text).join(" ")).toMatch(/half-owned[\s\S]*48%/);
  });

  it("grades nothing as reported on the DoD list nobody could open", () => {
    const unread = "us-dod-1260h-list-2025-01-07";
    for (const e of dataset.entities) {
      expect(
        e.citations.some((c) => c.sourceId === unread),
        e.id,
      ).toBe(false);
    }
    for (const r of dataset.relationships.filter((r) => r.type === "LISTS")) {
      expect(r.firmness, r.id).toBe("uncertain");
    }
  });

  it("says the SMARTICS-2 money is the project's funding, tied to no contractor", () => {
    const smartics = entity("smartics-2");
    expect(smartics?.properties["approvedBudget"]).toBe(1448000000);
    expect(smartics?.properties["description"]).toMatch(/replacement exercise/);
    expect(smartics?.properties["description"]).toMatch(/no source at hand names a contractor/);
    const date = smartics?.citations.find((c) => c.properties.includes("budgetApprovedDate"));
    expect(date?.sourceId).toBe("legco-cb2-424-17-18-05");
  });
});
