import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CHAIN_RELATIONSHIP_TYPES,
  IDENTITY_RELATIONSHIP_TYPES,
  HOLDING_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "../../domain/model";
import {
  declaredTypeSets,
  relationshipTypeLists,
  typesNamedIn,
} from "../support/cypher-type-lists";

// Every query that names the model's relationship types says which of the registry's sets it
// walks (`// relationship types: chain`, `all`, `identity`, `holding`, or several:
// `holding, identity`), and every type list in it is exactly one of those sets, each used.
// A type added to the registry and forgotten in a chain query fails here instead of silently
// vanishing from chains.
const SETS: Record<string, readonly RelationshipType[]> = {
  chain: CHAIN_RELATIONSHIP_TYPES,
  all: RELATIONSHIP_TYPES,
  identity: IDENTITY_RELATIONSHIP_TYPES,
  holding: HOLDING_RELATIONSHIP_TYPES,
};

const directory = new URL("../../cypher/", import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith(".cypher"));

describe("the relationship types in cypher/*.cypher agree with the model registry", () => {
  it("finds the queries that walk chains and the ones that walk every type", () => {
    const declared = files.map((name) =>
      declaredTypeSets(readFileSync(new URL(name, directory), "utf8")),
    );
    const chainFiles = files.filter((_, index) => declared[index]?.includes("chain"));
    expect(chainFiles).toEqual(
      expect.arrayContaining(["get-chain-up-subgraph.cypher", "get-chain-down-subgraph.cypher"]),
    );
    expect(declared.filter((sets) => sets?.includes("all")).length).toBeGreaterThanOrEqual(1);
  });

  for (const name of files) {
    it(`${name}: every type list is the declared set`, () => {
      const text = readFileSync(new URL(name, directory), "utf8");
      const declared = declaredTypeSets(text);
      const named = typesNamedIn(text);
      if (declared === null) {
        expect(
          named,
          `${name} names model types: declare "// relationship types: chain" or "all"`,
        ).toEqual([]);
        return;
      }
      for (const set of declared) expect(SETS[set], `unknown set "${set}"`).toBeDefined();
      const expected = declared.map((set) => [...(SETS[set] ?? [])].sort().join("|"));
      const lists = relationshipTypeLists(text).map((list) => list.join("|"));
      expect(lists.length, `${name} declares a set but lists no types`).toBeGreaterThan(0);
      for (const list of lists) expect(expected, `${name}: [${list}]`).toContain(list);
      for (const set of expected)
        expect(lists, `${name} declares a set it never lists`).toContain(set);
    });
  }
});

describe("the type-list reader", () => {
  const chainQuery = [
    "// relationship types: chain",
    "MATCH (a)<-[:OWNS|CONTROLS*1..3]-(b)",
    "WHERE NOT EXISTS { (b)<-[r:OWNS|SUPPLIES]-() }",
  ].join("\n");

  it("reads every relationship pattern's list, comments left out", () => {
    expect(declaredTypeSets(chainQuery)).toEqual(["chain"]);
    expect(declaredTypeSets("// relationship types: holding, identity\nRETURN 1")).toEqual([
      "holding",
      "identity",
    ]);
    expect(relationshipTypeLists(chainQuery)).toEqual([
      ["CONTROLS", "OWNS"],
      ["OWNS", "SUPPLIES"],
    ]);
    expect(typesNamedIn("// OWNS in a comment\nRETURN 1")).toEqual([]);
  });

  it("would fail a chain query that forgets a chain type", () => {
    const lists = relationshipTypeLists(chainQuery);
    const expected = [...CHAIN_RELATIONSHIP_TYPES].sort();
    expect(lists.some((list) => list.join() !== expected.join())).toBe(true);
  });
});
