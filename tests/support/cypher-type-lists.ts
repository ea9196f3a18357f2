/**
 * Reads the relationship types a Cypher file names, for the test that keeps cypher/*.cypher in
 * step with the model registry (tests/unit/model-cypher-types.test.ts).
 */
import { RELATIONSHIP_TYPES } from "../../domain/model";

const DECLARATION = /^\/\/\s*relationship types:\s*([a-z]+(?:,\s*[a-z]+)*)/m;

function withoutComments(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\/\/.*$/, ""))
    .join("\n");
}

/**
 * The sets a file declares in its header (`// relationship types: chain`, or several:
 * `// relationship types: holding, identity`), or null.
 */
export function declaredTypeSets(text: string): string[] | null {
  const declared = DECLARATION.exec(text)?.[1];
  return declared === undefined ? null : declared.split(",").map((name) => name.trim());
}

/** Each relationship pattern's type list (`[r:A|B*1..3]`, `[:A]`), sorted. */
export function relationshipTypeLists(text: string): string[][] {
  const lists: string[][] = [];
  for (const match of withoutComments(text).matchAll(/\[\s*\w*\s*:\s*([A-Z_|]+)/g)) {
    lists.push((match[1] ?? "").split("|").filter(Boolean).sort());
  }
  return lists;
}

/** The model's relationship types a file names anywhere outside comments, sorted. */
export function typesNamedIn(text: string): string[] {
  const code = withoutComments(text);
  return RELATIONSHIP_TYPES.filter((type) => new RegExp(`\\b${type}\\b`).test(code)).sort();
}
