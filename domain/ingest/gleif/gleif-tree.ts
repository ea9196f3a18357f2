/**
 * Reading a GLEIF record whatever shape it came in: the tree the XML reader builds (text-only
 * elements as strings, repeated elements as lists, attributes as `@type`), GLEIF's own JSON
 * (`{"$": "…"}` for text, `@type` for attributes) and the flattened JSON of the golden-copy
 * excerpts (`"OtherEntityNames": [{"type": …, "OtherEntityName": "…"}]`). The mapping reads
 * fields only through these functions.
 */

type Tree = unknown;

function isObject(value: Tree): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a path of element names, or undefined. */
export function nodeAt(tree: Tree, ...path: string[]): Tree {
  let node: Tree = tree;
  for (const key of path) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** The text of a node: a string, a number, or `{"$": …}`; trimmed; undefined when empty. */
export function textOf(node: Tree): string | undefined {
  if (isObject(node)) return textOf(node["$"]);
  if (typeof node === "number") return String(node);
  if (typeof node !== "string") return undefined;
  const text = node.trim();
  return text === "" ? undefined : text;
}

/** The text at a path, or undefined. */
export function textAt(tree: Tree, ...path: string[]): string | undefined {
  return textOf(nodeAt(tree, ...path));
}

/** An attribute (`@type`, or plain `type` in flattened JSON) of an item. */
export function attributeOf(item: Tree, name: string): string | undefined {
  if (!isObject(item)) return undefined;
  return textOf(item[`@${name}`]) ?? textOf(item[name]);
}

/**
 * The items of a list element such as `OtherEntityNames` (items `OtherEntityName`): a list of
 * items, a list element holding one or several items, or nothing.
 */
export function itemsAt(tree: Tree, path: readonly string[], itemName: string): Tree[] {
  const container = nodeAt(tree, ...path);
  if (container === undefined || container === null) return [];
  if (Array.isArray(container)) return container as Tree[];
  if (!isObject(container)) return [];
  const items = container[itemName];
  if (items === undefined) return [];
  return Array.isArray(items) ? (items as Tree[]) : [items];
}

/** The text of a list item: the item itself, its `$`, or its field named like the item. */
export function itemText(item: Tree, itemName: string): string | undefined {
  return textOf(item) ?? textAt(item, itemName);
}

/** True when the value is an object (a record), for telling records from junk. */
export function isRecordTree(value: Tree): boolean {
  return isObject(value);
}
