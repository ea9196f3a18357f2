/**
 * Chosen elements of an XML file, streamed with the saxes SAX parser: each element whose local
 * name is asked for (GLEIF's `LEIRecord`, `RelationshipRecord`, `Exception`, the file header…)
 * comes out as a small tree in the shape GLEIF's own JSON uses, so one mapping reads both:
 * - an element with only text becomes its text (trimmed);
 * - otherwise an object: its children by local name (a list when a name repeats), its
 *   attributes as `@name` (`@type`, `@xml:lang`; namespace declarations left out) and any text
 *   as `$`.
 * Memory holds one chosen element at a time. Malformed or truncated XML ends the read with one
 * error item saying the line.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { ImportFile } from "../../../domain/ingest";
import { textOf } from "./text-stream";

export type XmlTree = string | XmlObject;
export interface XmlObject {
  [key: string]: XmlTree | XmlTree[];
}

export type XmlItem =
  | { name: string; index: number; line: number; value: XmlTree }
  | { index: number; line: number; error: string };

interface Frame {
  name: string;
  node: XmlObject;
  text: string;
  hasChildren: boolean;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function attributesOf(tag: SaxesTagPlain): XmlObject {
  const node: XmlObject = {};
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (name === "xmlns" || name.startsWith("xmlns:") || name.startsWith("xsi:")) continue;
    node[`@${name.startsWith("xml:") ? name : localName(name)}`] = value;
  }
  return node;
}

function addChild(parent: XmlObject, name: string, value: XmlTree): void {
  const present = parent[name];
  if (present === undefined) parent[name] = value;
  else if (Array.isArray(present)) present.push(value);
  else parent[name] = [present, value];
}

function finish(frame: Frame): XmlTree {
  const text = frame.text.trim();
  const bare = !frame.hasChildren && Object.keys(frame.node).length === 0;
  if (bare) return text;
  if (text !== "") frame.node["$"] = text;
  return frame.node;
}

/** The elements named in `names` (local names), in file order, with the line each starts on. */
export async function* xmlElements(
  file: ImportFile,
  names: ReadonlySet<string>,
): AsyncGenerator<XmlItem, void, undefined> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: XmlItem[] = [];
  let stack: Frame[] = [];
  let startLine = 0;
  let index = 0;
  let failure: string | null = null;

  parser.on("error", (error) => {
    failure ??= error.message;
  });
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (stack.length === 0 && !names.has(name)) return;
    if (stack.length === 0) startLine = parser.line;
    const parent = stack.at(-1);
    if (parent !== undefined) parent.hasChildren = true;
    stack.push({ name, node: attributesOf(tag), text: "", hasChildren: false });
  });
  const addText = (text: string): void => {
    const frame = stack.at(-1);
    if (frame !== undefined) frame.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (frame === undefined) return;
    const value = finish(frame);
    const parent = stack.at(-1);
    if (parent !== undefined) addChild(parent.node, frame.name, value);
    else ready.push({ name: frame.name, index: index++, line: startLine, value });
  });

  const fail = (message: string): XmlItem => ({
    index,
    line: parser.line,
    error: `the file is not well-formed XML at line ${String(parser.line)} (${message})`,
  });
  for await (const text of textOf(file)) {
    parser.write(text);
    yield* ready.splice(0);
    if (failure !== null) {
      yield fail(failure);
      return;
    }
  }
  parser.close();
  yield* ready.splice(0);
  if (failure !== null) yield fail(failure);
  stack = [];
}
