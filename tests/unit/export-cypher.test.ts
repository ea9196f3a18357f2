import { describe, expect, it } from "vitest";
import { cypherFloat, cypherName, cypherString } from "../../domain/export/cypher-literal";
import {
  cypherScriptStatements,
  exportCypherScript,
  FALLBACK_KEY_PROPERTY,
} from "../../domain/export/cypher-script-exporter";
import type { WireGraph } from "../../domain/wire/graph-wire-types";
import { AISINO_ZH, BIG_INTEGER, NASTY_NAME, trickyGraph } from "../fixtures/export/tricky-graph";

interface Lexed {
  strings: string[];
  names: string[];
}

const ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  r: "\r",
  t: "\t",
  b: "\b",
  f: "\f",
};
const CLOSING: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/**
 * A small Cypher lexer: string literals with Cypher's escapes, backtick names with doubled
 * backticks, brackets that must balance, and no `;` or comment outside a literal.
 */
function lex(statement: string): Lexed {
  const strings: string[] = [];
  const names: string[] = [];
  const open: string[] = [];
  let index = 0;
  while (index < statement.length) {
    const character = statement[index] ?? "";
    if (character === "'") {
      let text = "";
      index += 1;
      for (;;) {
        const next = statement[index];
        if (next === undefined) throw new Error("unterminated string");
        if (next === "'") break;
        if (next === "\\") {
          const code = statement[index + 1] ?? "";
          if (code === "u" || code === "U") {
            const width = code === "u" ? 4 : 8;
            const digits = statement.slice(index + 2, index + 2 + width);
            if (!/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== width)
              throw new Error("bad \\u");
            text += String.fromCodePoint(Number.parseInt(digits, 16));
            index += 2 + width;
            continue;
          }
          const escaped = ESCAPES[code];
          if (escaped === undefined) throw new Error(`unknown escape \\${code}`);
          text += escaped;
          index += 2;
          continue;
        }
        if (next === "\n" || next === "\r") throw new Error("raw line break in string");
        text += next;
        index += 1;
      }
      strings.push(text);
      index += 1;
    } else if (character === "`") {
      let name = "";
      index += 1;
      for (;;) {
        const next = statement[index];
        if (next === undefined) throw new Error("unterminated name");
        if (next === "`" && statement[index + 1] === "`") {
          name += "`";
          index += 2;
        } else if (next === "`") {
          break;
        } else {
          name += next;
          index += 1;
        }
      }
      names.push(name);
      index += 1;
    } else {
      if (character === ";") throw new Error("semicolon inside a statement");
      if (statement.startsWith("//", index)) throw new Error("comment inside a statement");
      if ("([{".includes(character)) open.push(character);
      const opener = CLOSING[character];
      if (opener !== undefined && open.pop() !== opener) throw new Error("unbalanced brackets");
      index += 1;
    }
  }
  if (open.length > 0) throw new Error("unclosed brackets");
  return { strings, names };
}

describe("Cypher script exporter", () => {
  const statements = cypherScriptStatements(trickyGraph);
  const lexed = statements.map(lex);
  const strings = lexed.flatMap((entry) => entry.strings);
  const names = lexed.flatMap((entry) => entry.names);

  it("is a list of well-formed statements: constraints, then MERGEs", () => {
    expect(statements).toHaveLength(2 + trickyGraph.nodes.length + trickyGraph.edges.length);
    expect(statements.slice(0, 2)).toEqual([
      "CREATE CONSTRAINT IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.`id` IS UNIQUE",
      "CREATE CONSTRAINT IF NOT EXISTS FOR (n:`Source`) REQUIRE n.`id` IS UNIQUE",
    ]);
    for (const statement of statements.slice(2)) {
      expect(statement).toMatch(/^(MERGE|MATCH) /);
      expect(statement).not.toMatch(/\bCREATE\b/);
    }
  });

  it("escapes every string so that it reads back exactly", () => {
    expect(strings).toEqual(
      expect.arrayContaining([NASTY_NAME, AISINO_ZH, "a\r\nb", 'say "hi"; bye']),
    );
    expect(strings).toEqual(
      expect.arrayContaining(
        trickyGraph.edges.flatMap((edge) => edge.attributes.properties.quotes as string[]),
      ),
    );
  });

  it("backtick-quotes labels, types and property names with backticks doubled", () => {
    expect(names).toEqual(
      expect.arrayContaining(["Odd`Label", "RELATED_TO`WEIRD", "odd key, with comma"]),
    );
    expect(cypherName("a`b")).toBe("`a``b`");
    expect(cypherName("``")).toBe("``````");
  });

  it("merges nodes on label and id and relationships on their id, once each", () => {
    const merges = statements.map((statement) => /MERGE (.*?)(\n|$)/.exec(statement)?.[1]);
    expect(merges[2]).toBe("(n:`Entity` {`id`: 'E-aisino'})");
    expect(merges[6]).toBe("(a)-[r:`OWNS` {`id`: 'R-casic-aisino'}]->(b)");
    const keyed = statements.map((statement) => statement.split("\nSET")[0]);
    expect(new Set(keyed.slice(2)).size).toBe(keyed.length - 2);
  });

  it("writes typed values: floats for shares, exact big integers, temporal values, points", () => {
    const owns = statements.find((statement) => statement.includes("'R-casic-aisino'")) ?? "";
    expect(owns).toContain("`shareMin`: 40.0, `shareMax`: 60.0");
    expect(owns).toContain("`shareExact`: null");
    const aisino = statements.find((statement) => statement.includes("'E-aisino'})")) ?? "";
    expect(aisino).toContain(`\`paidInCapital\`: ${BIG_INTEGER}`);
    expect(aisino).toContain("`founded`: date('2000-11-01')");
    expect(aisino).toContain("`location`: point({srid: 4326, x: 116.25, y: 39.95})");
    expect(aisino).toContain("`employees`: 17000,");
    expect(cypherFloat(1e21)).toBe("1e21");
    expect(cypherFloat(-0.5)).toBe("-0.5");
  });

  it("can write ASCII only, with \\u and \\U escapes", () => {
    const ascii = cypherScriptStatements(trickyGraph, { asciiOnly: true });
    expect(ascii.join("\n")).toMatch(/^[\x20-\x7E\n]*$/);
    expect(ascii.flatMap((statement) => lex(statement).strings)).toEqual(strings);
    const emoji = cypherString("😀 é", { asciiOnly: true });
    expect(emoji).toBe("'\\U0001F600 \\u00E9'");
    expect(lex(emoji).strings).toEqual(["😀 é"]);
    expect(lex(cypherString("bell\u0007 sep\u2028 lone\uD800")).strings).toEqual([
      "bell\u0007 sep\u2028 lone\uD800",
    ]);
  });

  it("falls back to ownergraphKey when ids are missing or repeated, without a constraint", () => {
    const graph: WireGraph = {
      nodes: [
        { key: "4:x:1", attributes: { labels: ["Entity"], properties: { id: "dup" } } },
        { key: "4:x:2", attributes: { labels: ["Entity"], properties: { id: "dup" } } },
        { key: "4:x:3", attributes: { labels: [], properties: {} } },
      ],
      edges: [
        {
          key: "5:x:1",
          source: "4:x:1",
          target: "4:x:3",
          attributes: { type: "T", properties: {} },
        },
      ],
    };
    const fallback = cypherScriptStatements(graph);
    expect(fallback[0]).toBe(
      `MERGE (n:\`Entity\` {\`${FALLBACK_KEY_PROPERTY}\`: '4:x:1'})\nSET n += {\`id\`: 'dup'}`,
    );
    expect(fallback[2]).toBe(`MERGE (n {\`${FALLBACK_KEY_PROPERTY}\`: '4:x:3'})`);
    expect(fallback[3]).toContain(
      `MERGE (a)-[r:\`T\` {\`${FALLBACK_KEY_PROPERTY}\`: '5:x:1'}]->(b)`,
    );
    expect(fallback.some((statement) => statement.startsWith("CREATE CONSTRAINT"))).toBe(false);
    for (const statement of fallback) lex(statement);
  });

  it("joins the statements into a script with semicolons and a header comment", () => {
    const script = exportCypherScript(trickyGraph);
    expect(script.startsWith("// Ownergraph export: 4 nodes, 4 relationships.")).toBe(true);
    const body = script
      .split("\n\n")
      .slice(1)
      .filter((part) => part.trim() !== "");
    expect(body.map((part) => part.replace(/;\n?$/, ""))).toEqual(statements);
    expect(cypherScriptStatements(trickyGraph, { includeConstraints: false })).toEqual(
      statements.slice(2),
    );
  });
});
