import { describe, expect, it } from "vitest";
import { exportCsvPair } from "../../domain/export/csv-exporter";
import { exportCypherScript } from "../../domain/export/cypher-script-exporter";
import { exportGexf } from "../../domain/export/gexf-exporter";
import { exportGraphml } from "../../domain/export/graphml-exporter";
import type { WireGraph } from "../../domain/wire/graph-wire-types";

/**
 * Floats stay floats and integers integers in every typed format, whatever their value: on the
 * wire a JSON number is a Neo4j FLOAT and an INTEGER is tagged. The seed stores its figures
 * (registeredCapital, approvedBudget, eChannelCount, shares) as floats, most of them whole.
 */
const graph: WireGraph = {
  nodes: [
    {
      key: "4:db:1",
      attributes: {
        labels: ["Entity", "Company"],
        properties: {
          id: "aisino",
          registeredCapital: 1_846_000_000,
          employees: { $type: "Integer", value: "17000" },
          ratios: [1, 2.5],
          years: [
            { $type: "Integer", value: "2003" },
            { $type: "Integer", value: "2019" },
          ],
        },
      },
    },
    {
      key: "4:db:2",
      attributes: {
        labels: ["Entity", "Place"],
        properties: { id: "west-kowloon-station", eChannelCount: 24 },
      },
    },
  ],
  edges: [
    {
      key: "5:db:1",
      source: "4:db:1",
      target: "4:db:2",
      attributes: {
        type: "OWNS",
        properties: { id: "r1", shareExact: 30, rank: { $type: "Integer", value: "1" } },
      },
    },
  ],
};

function attributeTypes(xml: string, pattern: RegExp): Record<string, string> {
  return Object.fromEntries([...xml.matchAll(pattern)].map((match) => [match[1], match[2]]));
}

describe("number types in every typed export format", () => {
  it("GraphML declares whole floats double and integers long", () => {
    const xml = exportGraphml(graph);
    const types = attributeTypes(xml, /attr\.name="([^"]+)" attr\.type="([^"]+)"/g);
    expect(types).toMatchObject({
      registeredCapital: "double",
      eChannelCount: "double",
      employees: "long",
      shareExact: "double",
      rank: "long",
    });
    expect(xml).toMatch(/<data key="n\d+">17000<\/data>/);
  });

  it("GEXF declares whole floats double and integers long", () => {
    const xml = exportGexf(graph);
    const types = attributeTypes(xml, /title="([^"]+)" type="([^"]+)"/g);
    expect(types).toMatchObject({
      registeredCapital: "double",
      eChannelCount: "double",
      employees: "long",
      shareExact: "double",
      rank: "long",
    });
    expect(xml).toContain('value="17000"');
  });

  it("neo4j-admin CSV types whole floats double and integers long, lists included", () => {
    const { nodesCsv: nodes, relationshipsCsv: relationships } = exportCsvPair(graph);
    const header = nodes.split("\r\n")[0] ?? "";
    expect(header).toContain("registeredCapital:double");
    expect(header).toContain("eChannelCount:double");
    expect(header).toContain("employees:long");
    expect(header).toContain("ratios:double[]");
    expect(header).toContain("years:long[]");
    expect(nodes).toContain("2003;2019");
    const relationshipHeader = relationships.split("\r\n")[0] ?? "";
    expect(relationshipHeader).toContain("shareExact:double");
    expect(relationshipHeader).toContain("rank:long");
  });

  it("the Cypher script writes floats with a decimal point and integers without", () => {
    const script = exportCypherScript(graph);
    expect(script).toContain("`registeredCapital`: 1846000000.0");
    expect(script).toContain("`eChannelCount`: 24.0");
    expect(script).toContain("`employees`: 17000");
    expect(script).toContain("`ratios`: [1.0, 2.5]");
    expect(script).toContain("`years`: [2003, 2019]");
    expect(script).toContain("`shareExact`: 30.0");
    expect(script).toContain("`rank`: 1");
  });
});
