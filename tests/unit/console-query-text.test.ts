import { describe, expect, it } from "vitest";
import { readQueryPrefix } from "../../server/query/query-prefix";
import { ApiError, parsePosition, relocateError } from "../../server/query/query-errors";
import { splitStatements } from "../../cypher/registry";

describe("readQueryPrefix", () => {
  it("finds EXPLAIN and PROFILE after comments and whitespace, in any case", () => {
    expect(readQueryPrefix("MATCH (n) RETURN n")).toEqual({
      mode: "none",
      body: "MATCH (n) RETURN n",
    });
    expect(readQueryPrefix("  explain MATCH (n) RETURN n")).toEqual({
      mode: "explain",
      body: " MATCH (n) RETURN n",
    });
    expect(readQueryPrefix("// why\n/* note */ PROFILE RETURN 1")).toEqual({
      mode: "profile",
      body: " RETURN 1",
    });
  });

  it("does not mistake a word that starts with the keyword", () => {
    expect(readQueryPrefix("EXPLAINED").mode).toBe("none");
  });
});

describe("error positions", () => {
  it("parses Neo4j's position text", () => {
    expect(parsePosition("Invalid input 'x' (line 3, column 7 (offset: 20))")).toEqual({
      line: 3,
      column: 7,
      offset: 20,
    });
    expect(parsePosition("no position")).toBeUndefined();
  });

  it("moves a position from the EXPLAIN-prefixed text back into the user's query", () => {
    const query = "MATCH (n\nRETURN n";
    // Neo4j saw "EXPLAIN MATCH (n\nRETURN n": RETURN at offset 17, line 2 column 1.
    const error = new ApiError(
      400,
      "Neo.ClientError.Statement.SyntaxError",
      "Invalid input 'RETURN' (line 2, column 1 (offset: 17))\n\"EXPLAIN ...\"",
      {
        line: 2,
        column: 1,
        offset: 17,
      },
    );
    const moved = relocateError(error, query, -8);
    expect(moved.position).toEqual({ line: 2, column: 1, offset: 9 });
    expect(moved.message).toBe("Invalid input 'RETURN' (line 2, column 1 (offset: 9))");
  });
});

describe("splitStatements", () => {
  it("splits on semicolons that end a line and drops comment-only chunks", () => {
    const text =
      "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// only a comment;\nRETURN 'a;b';\n";
    expect(splitStatements(text)).toEqual([
      "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "RETURN 'a;b'",
    ]);
  });
});
