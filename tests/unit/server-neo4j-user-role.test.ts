import { describe, expect, it } from "vitest";
import { roleFromNeo4jRoles } from "../../server/neo4j/neo4j-user-role";

describe("Ownergraph's role from Neo4j's roles (OWNERGRAPH_EDITORS unset)", () => {
  it("makes an editor of a user Neo4j lets write", () => {
    for (const role of ["admin", "architect", "publisher", "editor"]) {
      expect(roleFromNeo4jRoles(["PUBLIC", role]), role).toBe("editor");
    }
  });

  it("makes a reader of everyone else", () => {
    expect(roleFromNeo4jRoles(["PUBLIC", "reader"])).toBe("reader");
    expect(roleFromNeo4jRoles(["PUBLIC"])).toBe("reader");
    expect(roleFromNeo4jRoles(["analyst_with_a_custom_role"])).toBe("reader");
    expect(roleFromNeo4jRoles([])).toBe("reader");
  });

  it("makes a reader where Neo4j has no roles to say (Community Edition answers null)", () => {
    expect(roleFromNeo4jRoles(null)).toBe("reader");
  });
});
