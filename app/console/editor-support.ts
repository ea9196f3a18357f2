/**
 * Pure helpers for the Cypher editor: the completion schema Neo4j's editor support expects,
 * built from GET /api/schema-info and the parameter box, and the text range an error marks.
 */
import type { EditorSupportSchema } from "@neo4j-cypher/editor-support";
import type { SchemaInfo } from "../../domain/console/console-wire-types";

/** Labels, types, keys, procedures, functions and `$parameters` for completion. */
export function toEditorSchema(
  info: SchemaInfo | null,
  parameterNames: readonly string[],
): EditorSupportSchema {
  return {
    labels: info ? info.labels.map((label) => `:${label}`) : [],
    relationshipTypes: info ? info.relationshipTypes.map((type) => `:${type}`) : [],
    propertyKeys: info?.propertyKeys ?? [],
    functions: (info?.functions ?? []).map(({ name, signature }) => ({ name, signature })),
    procedures: (info?.procedures ?? []).map(({ name, signature, returnItems }) => ({
      name,
      signature,
      returnItems,
    })),
    parameters: [...parameterNames],
  };
}

export interface TextRange {
  from: number;
  to: number;
}

/**
 * What to underline for an error at `offset`: the word or symbol there, at least one character,
 * inside the text (an error at the very end marks the last character).
 */
export function errorRange(text: string, offset: number): TextRange | null {
  if (text.length === 0) return null;
  const from = Math.min(Math.max(offset, 0), text.length - 1);
  const word = /^[\p{L}\p{N}_$`]+/u.exec(text.slice(from));
  const length = word ? word[0].length : 1;
  return { from, to: Math.min(from + length, text.length) };
}

/** The offset of a 1-based line and column, for errors that give no offset. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let index = 0; index < line - 1 && index < lines.length; index++) {
    offset += (lines[index]?.length ?? 0) + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), text.length);
}
