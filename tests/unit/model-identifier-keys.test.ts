import { describe, expect, it } from "vitest";
import { identityKey, identityKeyText, identityKeys, isValidLei } from "../../domain/model";

// How the import formats write identifiers (GLEIF `LEI:`, BODS `XI-LEI:` and `GB-COH:`, FtM
// `<country>-REG:` and `QID:`, the seed `SSE:`) and the one key each strong one gives.
describe("identity keys", () => {
  it("gives GLEIF's LEI: and BODS's XI-LEI: the same key, and checks the LEI's check digits", () => {
    expect(identityKey("LEI:097900BHF50000076475")).toBe("LEI:097900BHF50000076475");
    expect(identityKey("XI-LEI:097900bhf50000076475")).toBe("LEI:097900BHF50000076475");
    expect(identityKey(" xi-lei : 0979 00BH F500 0007 6475 ")).toBe("LEI:097900BHF50000076475");
    expect(isValidLei("549300JB1P61FUTPEZ75")).toBe(true);
    expect(identityKey("LEI:097900BHF50000076476")).toBeNull();
    expect(identityKey("LEI:N/A")).toBeNull();
  });

  it("reads a registration number with its register: org-id codes, FtM's country, GLEIF's RA codes", () => {
    expect(identityKey("GB-COH:6436883")).toBe("REG:GB:06436883");
    expect(identityKey("GB-COH:06436883")).toBe("REG:GB:06436883");
    expect(identityKey("GB-REG:06436883")).toBe("REG:GB:06436883");
    expect(identityKey("RU-REG:1027700000000")).toBe("REG:RU:1027700000000");
    expect(identityKey("RA000014:106 249 852")).toBe("REG:RA000014:106249852");
    expect(identityKey("RA000706:SK35903058vub04")).toBe("REG:RA000706:SK35903058VUB04");
    expect(identityKey("XS-SYN:SYN00012")).toBe("REG:XS-SYN:SYN00012");
  });

  it("reads exchange and ticker, Wikidata and OpenCorporates", () => {
    expect(identityKey("SSE:600271")).toBe("TICKER:XSHG:600271");
    expect(identityKey("XSHG:600271")).toBe("TICKER:XSHG:600271");
    expect(identityKey("QID:q42")).toBe("QID:Q42");
    expect(identityKey("WIKIDATA:Q42")).toBe("QID:Q42");
    expect(identityKey("OpenCorporates:GB/06436883")).toBe("OC:gb/06436883");
    expect(identityKey("OC:https://opencorporates.com/companies/gb/06436883")).toBe(
      "OC:gb/06436883",
    );
  });

  it("gives no key for weak or ambiguous identifiers, nor for names", () => {
    for (const weak of [
      "REG:12345",
      "US-REG:12345",
      "RU-INN:7700000000",
      "GB-TAX:123",
      "QID:forty-two",
      "Aisino Corporation",
      "LEI:",
      ":600271",
    ]) {
      expect(identityKey(weak), weak).toBeNull();
    }
  });

  it("lists an entity's keys once each, sorted, and words them", () => {
    expect(
      identityKeys({
        identifiers: [
          "XI-LEI:097900BHF50000076475",
          "RA000526:35903058",
          "LEI:097900BHF50000076475",
        ],
      }),
    ).toEqual(["LEI:097900BHF50000076475", "REG:RA000526:35903058"]);
    expect(identityKeys({ name: "no identifiers" })).toEqual([]);
    expect(identityKeyText("REG:GB:06436883")).toBe("registration number GB 06436883");
    expect(identityKeyText("LEI:097900BHF50000076475")).toBe("LEI 097900BHF50000076475");
  });
});
