import { describe, expect, it } from "vitest";
import { csvRecords, type CsvRecord } from "../../server/ingest/read/csv-rows";
import { memoryImportFile } from "../support/memory-import-file";

async function all(content: string | Uint8Array): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(memoryImportFile("t.csv", content))) records.push(record);
  return records;
}

describe("csvRecords", () => {
  it("reads the header and rows with their record and start line, across small chunks", async () => {
    const records = await all(
      'id,name\r\n1,"A, B"\r\n2,"line one\nline two"\r\n3,"say ""hi"""\r\n',
    );
    expect(records).toEqual([
      { kind: "header", fields: ["id", "name"] },
      { kind: "row", record: 2, line: 2, fields: ["1", "A, B"] },
      { kind: "row", record: 3, line: 3, fields: ["2", "line one\nline two"] },
      { kind: "row", record: 4, line: 5, fields: ["3", 'say "hi"'] },
    ]);
  });

  it("removes a UTF-8 byte-order mark from the first header field", async () => {
    const records = await all("\uFEFFid,name\n1,Ä\n");
    expect(records[0]).toEqual({ kind: "header", fields: ["id", "name"] });
    expect(records[1]).toMatchObject({ fields: ["1", "Ä"] });
  });

  it("reads UTF-16 with a byte-order mark", async () => {
    const text = "id,name\n1,航天信息\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      bytes[2 + index * 2] = code & 0xff;
      bytes[3 + index * 2] = code >> 8;
    }
    const records = await all(bytes);
    expect(records[1]).toMatchObject({ fields: ["1", "航天信息"] });
  });

  it("names a ragged row and goes on with the next", async () => {
    const records = await all("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    expect(records.slice(2)).toEqual([
      { kind: "ragged", record: 3, line: 3, count: 2, expected: 3 },
      { kind: "ragged", record: 4, line: 4, count: 4, expected: 3 },
      { kind: "row", record: 5, line: 5, fields: ["10", "11", "12"] },
    ]);
  });

  it("reports an unclosed quote (a truncated file) with a line", async () => {
    const records = await all('a,b\n1,"never closed\n2,3\n');
    const last = records.at(-1);
    expect(last?.kind).toBe("error");
    if (last?.kind === "error") {
      expect(last.line).toBeGreaterThan(1);
      expect(last.message).toMatch(/quote/i);
    }
  });

  it("gives nothing for an empty file", async () => {
    expect(await all("")).toEqual([]);
  });
});
