import { readFileSync } from "node:fs";
import type { LoadRequest } from "./load-client";

/**
 * What the load run's clients ask (bench/load-run.ts): search, expand, chain and the console on
 * the seed graph, entities taken in turn. Read by the client process, named by the run.
 */

const entities = JSON.parse(
  readFileSync(new URL("../../graph-seed/data/entities.json", import.meta.url), "utf8"),
) as { id: string; name: string | null }[];
let turn = 0;
const nextEntity = () => entities[turn++ % entities.length] ?? entities[0]!;

export const LOAD_CASES = {
  search: () => ({
    method: "GET",
    path: `/api/search?q=${encodeURIComponent((nextEntity().name ?? "aisino").split(" ")[0]?.slice(0, 4) ?? "ai")}`,
  }),
  "expand (50 neighbours)": () => ({
    method: "GET",
    path: `/api/entities/${encodeURIComponent(nextEntity().id)}/neighbours?limit=50`,
  }),
  "chain up": () => ({
    method: "GET",
    path: `/api/entities/${encodeURIComponent(nextEntity().id)}/chain-up`,
  }),
  "console (read query)": () => ({
    method: "POST",
    path: "/api/cypher",
    body: {
      query: "MATCH (e:Entity {id: $id})-[r]-(m) RETURN e, r, m LIMIT 25",
      params: { id: nextEntity().id },
    },
  }),
} satisfies Record<string, () => LoadRequest>;

export type LoadCaseName = keyof typeof LOAD_CASES;

export const LOAD_CASE_NAMES = Object.keys(LOAD_CASES) as LoadCaseName[];
