import { describe, expect, it } from "vitest";
import {
  AdminCsvValueError,
  adminCsvField,
  adminCsvHeaderField,
  adminCsvType,
} from "../../domain/ingest";

// The bulk import's encoding of a model value as a neo4j-admin CSV field, typed as the online
// writer stores it through the driver (numbers as floats, lists of text).
const SEPARATOR = "\u001F";

describe("a model value as a neo4j-admin CSV field", () => {
  it("types text, numbers, booleans and lists as the driver stores them", () => {
    expect(adminCsvType("Aisino")).toBe("string");
    expect(adminCsvType(51)).toBe("double");
    expect(adminCsvType(true)).toBe("boolean");
    expect(adminCsvType(["a"])).toBe("string[]");
    expect(adminCsvHeaderField("name", "string")).toBe("name");
    expect(adminCsvHeaderField("shareExact", "double")).toBe("shareExact:double");
    expect(adminCsvHeaderField("sourceIds", "string[]")).toBe("sourceIds:string[]");
  });

  it("quotes what CSV needs quoted, and tells absent from empty", () => {
    expect(adminCsvField(undefined, SEPARATOR, "x")).toBe("");
    expect(adminCsvField("", SEPARATOR, "x")).toBe('""');
    expect(adminCsvField('航天信息 "Aisino", Ltd\n', SEPARATOR, "x")).toBe(
      '"航天信息 ""Aisino"", Ltd\n"',
    );
    expect(adminCsvField("<script>alert(1)</script>", SEPARATOR, "x")).toBe(
      "<script>alert(1)</script>",
    );
    expect(adminCsvField(0.1 + 0.2, SEPARATOR, "x")).toBe("0.30000000000000004");
    expect(adminCsvField(false, SEPARATOR, "x")).toBe("false");
  });

  it("joins a list with the separator and refuses an item that holds it", () => {
    expect(adminCsvField(["a", "b,c"], SEPARATOR, "x")).toBe(`"a${SEPARATOR}b,c"`);
    expect(adminCsvField([], SEPARATOR, "x")).toBe('""');
    expect(() => adminCsvField([`a${SEPARATOR}b`], SEPARATOR, "aliases")).toThrow(
      AdminCsvValueError,
    );
    expect(() => adminCsvField([`a${SEPARATOR}b`], SEPARATOR, "aliases")).toThrow(
      /aliases.*U\+001F.*without --bulk/,
    );
  });
});
