/** What a console query asks for beyond its result: a plan only, a profile, or neither. */
export type PlanMode = "none" | "explain" | "profile";

export interface QueryPrefix {
  mode: PlanMode;
  /** The query without a leading EXPLAIN/PROFILE keyword. */
  body: string;
}

/** Reads a leading EXPLAIN or PROFILE, skipping whitespace and comments before it. */
export function readQueryPrefix(query: string): QueryPrefix {
  let index = 0;
  for (;;) {
    const rest = query.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    if (rest.startsWith("//")) {
      const end = rest.indexOf("\n");
      index += end === -1 ? rest.length : end + 1;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = rest.indexOf("*/");
      index += end === -1 ? rest.length : end + 2;
      continue;
    }
    break;
  }
  const keyword = /^(EXPLAIN|PROFILE)\b/i.exec(query.slice(index));
  if (!keyword?.[1]) return { mode: "none", body: query };
  return {
    mode: keyword[1].toLowerCase() as PlanMode,
    body: query.slice(index + keyword[0].length),
  };
}
