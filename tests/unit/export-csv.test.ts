import { describe, expect, it } from "vitest";
import { csvField, csvPairChunks, exportCsvPair } from "../../domain/export/csv-exporter";
import type { Properties, PropertyValue, WireGraph } from "../../domain/wire/graph-wire-types";
import { withoutNulls } from "../fixtures/export/property-helpers";
import { NASTY_NAME, trickyGraph } from "../fixtures/export/tricky-graph";

/** A strict RFC 4180 reader: CRLF records, quotes only around whole fields, doubled inside. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const fail = (why: string) => {
    throw new Error(`${why} at offset ${index}`);
  };
  while (index < text.length) {
    let field = "";
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail("unterminated quoted field");
        const character = text[index];
        if (character === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += character;
        index += 1;
      }
    } else {
      while (index < text.length && text[index] !== "," && text[index] !== "\r") {
        if (text[index] === '"' || text[index] === "\n") fail("quote or bare line feed in field");
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (text[index] === ",") {
      index += 1;
    } else if (text.startsWith("\r\n", index)) {
      records.push(record);
      record = [];
      index += 2;
    } else {
      fail("expected a comma or CRLF");
    }
  }
  if (record.length > 0) fail("last record without CRLF");
  return records;
}

const ADMIN_TYPES =
  "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration";
const PROPERTY_HEADER = new RegExp(`^[^:]+(:(${ADMIN_TYPES})(\\[\\])?)?$`);
const TEMPORAL: Record<string, string> = {
  date: "Date",
  datetime: "DateTime",
  localdatetime: "LocalDateTime",
  time: "Time",
  localtime: "LocalTime",
  duration: "Duration",
};

function parsePoint(text: string): PropertyValue {
  const fields = Object.fromEntries(
    text
      .slice(1, -1)
      .split(",")
      .map((pair) => pair.split(":").map((part) => part.trim())),
  ) as Record<string, string>;
  return { $type: "Point", srid: Number(fields.srid), x: Number(fields.x), y: Number(fields.y) };
}

/** A cell back to the wire value its header type says, as neo4j-admin would read it. */
function decodeScalar(type: string, text: string): PropertyValue {
  if (type === "long") return { $type: "Integer", value: text };
  if (type === "double") return Number(text);
  if (type === "boolean") return text === "true";
  if (type === "point") return parsePoint(text);
  const temporal = TEMPORAL[type];
  if (temporal !== undefined) return { $type: temporal, value: text } as PropertyValue;
  return text;
}

function decodeRow(
  headers: readonly string[],
  cells: readonly string[],
  delimiter: string,
  json: readonly string[],
): { fields: Record<string, string>; properties: Properties } {
  const fields: Record<string, string> = {};
  const properties: Properties = {};
  headers.forEach((header, index) => {
    const cell = cells[index] ?? "";
    const [name = "", type = "string"] = header.split(":");
    if (name === "" || type === "ID") fields[header] = cell;
    if (name === "" || cell === "") return;
    if (json.includes(name)) properties[name] = JSON.parse(cell) as PropertyValue;
    else if (type.endsWith("[]")) {
      properties[name] = cell.split(delimiter).map((item) => decodeScalar(type.slice(0, -2), item));
    } else properties[name] = decodeScalar(type, cell);
  });
  return { fields, properties };
}

/** What neo4j-admin keeps: no nulls, no empty lists. */
function stored(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(withoutNulls(properties)).filter(
      ([, value]) => !(Array.isArray(value) && value.length === 0),
    ),
  );
}

describe("CSV pair exporter", () => {
  const pair = exportCsvPair(trickyGraph);
  const nodeRows = readCsv(pair.nodesCsv);
  const relationshipRows = readCsv(pair.relationshipsCsv);

  it("writes headers in neo4j-admin import syntax", () => {
    const [nodeHeader = [], ...nodes] = nodeRows;
    expect(nodeHeader.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    for (const header of nodeHeader.slice(2)) expect(header).toMatch(PROPERTY_HEADER);
    expect(nodeHeader).toEqual(
      expect.arrayContaining([
        "names:string[]",
        "paidInCapital:long",
        "founded:date",
        "listed:boolean",
      ]),
    );
    const [relationshipHeader = []] = relationshipRows;
    expect(relationshipHeader.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    for (const header of relationshipHeader.slice(3)) expect(header).toMatch(PROPERTY_HEADER);
    expect(relationshipHeader).toEqual(
      expect.arrayContaining(["shareExact:double", "sourceIds:string[]", "quotes:string[]"]),
    );
    expect(nodes.every((row) => row.length === nodeHeader.length)).toBe(true);
    expect(relationshipRows.every((row) => row.length === relationshipHeader.length)).toBe(true);
  });

  it("reads back to the same nodes and relationships", () => {
    const [nodeHeader = [], ...nodes] = nodeRows;
    expect(nodes).toHaveLength(trickyGraph.nodes.length);
    trickyGraph.nodes.forEach((node, index) => {
      const row = decodeRow(
        nodeHeader,
        nodes[index] ?? [],
        pair.arrayDelimiter,
        pair.jsonColumns.nodes,
      );
      expect(row.fields[":LABEL"]?.split(pair.arrayDelimiter)).toEqual(node.attributes.labels);
      expect({ id: row.fields["id:ID"], ...row.properties }).toEqual(
        stored(node.attributes.properties),
      );
    });
    const [relationshipHeader = [], ...relationships] = relationshipRows;
    expect(relationships).toHaveLength(trickyGraph.edges.length);
    const idOfKey = new Map(
      trickyGraph.nodes.map((node) => [node.key, node.attributes.properties.id]),
    );
    trickyGraph.edges.forEach((edge, index) => {
      const row = decodeRow(
        relationshipHeader,
        relationships[index] ?? [],
        pair.arrayDelimiter,
        pair.jsonColumns.relationships,
      );
      expect(row.fields).toEqual({
        ":START_ID": idOfKey.get(edge.source),
        ":END_ID": idOfKey.get(edge.target),
        ":TYPE": edge.attributes.type,
      });
      expect(row.properties).toEqual(stored(edge.attributes.properties));
    });
  });

  it("moves off ';' when a list item holds one, and says so in the import command", () => {
    expect(pair.arrayDelimiter).toBe("|");
    expect(pair.importCommand).toContain("--array-delimiter='|'");
    expect(pair.importCommand).toContain("--multiline-fields=true");
    expect(pair.jsonColumns.nodes).toEqual(["logo"]);
    const plain: WireGraph = {
      nodes: [
        {
          key: "k",
          attributes: { labels: ["A", "B"], properties: { id: "x", names: ["a", "b"] } },
        },
      ],
      edges: [],
    };
    const simple = exportCsvPair(plain);
    expect(simple.arrayDelimiter).toBe(";");
    expect(simple.nodesCsv).toBe("id:ID,:LABEL,names:string[]\r\nx,A;B,a;b\r\n");
  });

  it("falls back to the element keys as :ID when ids are missing or repeated", () => {
    const repeated: WireGraph = {
      nodes: [
        { key: "4:x:1", attributes: { labels: ["Entity"], properties: { id: "same", n: 1 } } },
        { key: "4:x:2", attributes: { labels: ["Entity"], properties: { id: "same", n: 2.5 } } },
      ],
      edges: [
        {
          key: "5:x:1",
          source: "4:x:1",
          target: "4:x:2",
          attributes: { type: "OWNS", properties: {} },
        },
      ],
    };
    const csv = exportCsvPair(repeated);
    expect(csv.nodeIdSource).toBe("element-key");
    expect(readCsv(csv.nodesCsv)).toEqual([
      [":ID", ":LABEL", "id", "n:double"],
      ["4:x:1", "Entity", "same", "1"],
      ["4:x:2", "Entity", "same", "2.5"],
    ]);
    expect(readCsv(csv.relationshipsCsv)).toEqual([
      [":START_ID", ":END_ID", ":TYPE"],
      ["4:x:1", "4:x:2", "OWNS"],
    ]);
  });

  it("quotes fields per RFC 4180 and keeps blanks and empty strings apart from missing values", () => {
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe('""');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded ")).toBe('" padded "');
    expect(csvField("航天信息股份有限公司")).toBe("航天信息股份有限公司");
    const [, aisino = []] = nodeRows;
    expect(aisino).toContain(NASTY_NAME);
  });

  it("streams the same lines", () => {
    const chunks = csvPairChunks(trickyGraph);
    expect([...chunks.nodes].join("")).toBe(pair.nodesCsv);
    expect([...chunks.relationships].join("")).toBe(pair.relationshipsCsv);
  });
});
