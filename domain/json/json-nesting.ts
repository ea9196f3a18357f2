/**
 * How deeply JSON nests, measured without recursion, so a request nested thousands of levels
 * deep is refused with a clear message instead of overflowing a recursive reader's stack.
 */

/** The deepest nesting any JSON input may have: far beyond any real parameter or graph. */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of a parsed value: 0 for a scalar, 1 for `{}` or `[]`, and so on. */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.value === null || typeof item.value !== "object") continue;
    const depth = item.depth + 1;
    if (depth > deepest) deepest = depth;
    const children = Array.isArray(item.value) ? item.value : Object.values(item.value);
    for (const child of children) stack.push({ value: child, depth });
  }
  return deepest;
}

/** The nesting depth of JSON text (brackets outside strings), read before it is parsed. */
export function textDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === "}" || char === "]") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** The sentence for an input nested deeper than MAX_JSON_DEPTH. */
export function tooDeepMessage(what: string, depth: number): string {
  return `${what} is nested ${depth} levels deep; at most ${MAX_JSON_DEPTH} levels are accepted. Flatten it (a list of maps rather than maps within maps).`;
}
