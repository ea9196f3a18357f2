import type { FastifyInstance } from "fastify";
import type { ChainResponse } from "../../domain/wire/explorer-api-types";
import { CHAIN_LISTING, summariseChain, type ChainDirection } from "../../domain/ownership";
import type { ExplorerDatabase } from "../explorer/explorer-read";
import { readChain } from "../explorer/chain-read";
import {
  asOfDay,
  checkEntityId,
  hiddenDatasets,
  integerParam,
  type QueryString,
} from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";
import { EXPLORER_SCHEMAS } from "../http/request-schemas";

function chainMessage(
  direction: ChainDirection,
  capped: { limit: number; total: number; atLeast: boolean } | null,
  chain: Pick<ChainResponse, "truncated" | "problem" | "ends">,
): string | null {
  const messages = [
    capped
      ? `Only ${capped.limit.toLocaleString("en-GB")} of ${capped.atLeast ? "at least" : "the"} ${capped.total.toLocaleString("en-GB")} entities ${direction === "up" ? "above" : "below"} are shown; shares may be incomplete.`
      : null,
    chain.truncated
      ? "The chain is too long or too branched to walk completely; shares may be incomplete."
      : null,
    chain.problem,
    chain.ends.length === 0 && !chain.problem
      ? direction === "up"
        ? "Nothing in the graph owns or controls this entity."
        : "This entity owns or controls nothing in the graph."
      : null,
  ].filter((message): message is string => message !== null);
  return messages.length > 0 ? messages.join(" ") : null;
}

/**
 * GET /api/entities/:id/chain-up?limit=: who owns or controls this, up to the ultimate owners
 * and controllers. GET /api/entities/:id/chain-down?limit=: what this owns or controls.
 * Both answer the chain's subgraph keyed by entity id and the chain worked out on it
 * (domain/ownership/chain-summary.ts): ends, effective shares, paths, rings, truncation.
 */
/** Members of a chain read when the request names no limit; the walk's total says what was cut. */
export const DEFAULT_CHAIN_MEMBERS = 2_000;

export function registerExplorerChainRoutes(app: FastifyInstance, db: ExplorerDatabase): void {
  for (const direction of ["up", "down"] as const) {
    app.get(
      `/api/entities/:id/chain-${direction}`,
      { schema: EXPLORER_SCHEMAS.chain },
      async (request): Promise<ChainResponse> => {
        const id = checkEntityId((request.params as { id?: string }).id, "id");
        const limit = integerParam(request.query as QueryString, "limit", {
          min: 1,
          max: 20_000,
          fallback: DEFAULT_CHAIN_MEMBERS,
        });
        const read = await readChain(
          db,
          direction,
          id,
          {
            hiddenDatasets: hiddenDatasets(request.query as QueryString),
            days: [asOfDay(request.query as QueryString)],
          },
          limit.toNumber(),
        );
        const { graph } = read;
        if (!graph.nodes.some((node) => node.key === id)) throw entityNotFound(id);
        const { total, totalIsAtLeast } = read;
        const capped =
          total > limit.toNumber()
            ? { limit: limit.toNumber(), total, atLeast: totalIsAtLeast }
            : null;
        const summary = summariseChain(graph, id, direction, {
          maxPathsPerEnd: CHAIN_LISTING.pathsPerEnd,
          maxEndsWithPaths: CHAIN_LISTING.ends,
        });
        // Records joined beyond the walk's last round are left out: the chain is cut there.
        const chain = { ...summary, truncated: summary.truncated || read.joinsLeft };
        const truncated = capped !== null || chain.truncated;
        return {
          graph,
          sources: read.sources,
          rootId: id,
          ...chain,
          truncated,
          message: chainMessage(direction, capped, chain),
        };
      },
    );
  }
}
