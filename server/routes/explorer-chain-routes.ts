import type { FastifyInstance } from "fastify";
import type { ChainResponse } from "../../domain/graph/explorer-api-types";
import { summariseChainEnds } from "../explorer/chain-ends";
import { countOf, readGraphCitingSources, type ExplorerDatabase } from "../explorer/explorer-read";
import { checkEntityId, integerParam, type QueryString } from "../explorer/request-params";
import { entityNotFound } from "../explorer/entity-not-found";

const QUERIES = { up: "find-chain-up-subgraph", down: "find-chain-down-subgraph" } as const;

/**
 * GET /api/entities/:id/chain-up?limit=: who owns or controls this, up to the ultimate owners
 * and controllers. GET /api/entities/:id/chain-down?limit=: what this owns or controls.
 * Both answer the chain's subgraph, its ends with their effective ownership, and the rings met.
 */
export function registerExplorerChainRoutes(app: FastifyInstance, db: ExplorerDatabase): void {
  for (const direction of ["up", "down"] as const) {
    app.get(`/api/entities/:id/chain-${direction}`, async (request): Promise<ChainResponse> => {
      const id = checkEntityId((request.params as { id?: string }).id, "id");
      const limit = integerParam(request.query as QueryString, "limit", {
        min: 1,
        max: 20_000,
        fallback: 2_000,
      });
      const { graph, records, sources } = await readGraphCitingSources(db, QUERIES[direction], {
        id,
        limit,
      });
      const root = graph.nodes.find((node) => node.attributes.properties["id"] === id);
      if (!root) throw entityNotFound(id);
      const total = countOf(records[0]?.["total"]);
      const capped = total > limit.toNumber();
      const summary = summariseChainEnds(graph, root.key, direction);
      const messages = [
        capped
          ? `Only ${limit.toNumber()} of the ${total} entities ${direction === "up" ? "above" : "below"} are shown; shares may be incomplete.`
          : null,
        summary.truncated
          ? "The chain is too long or too branched to walk completely; shares may be incomplete."
          : null,
        summary.problem,
        summary.ends.length === 0 && !summary.problem
          ? direction === "up"
            ? "Nothing in the graph owns or controls this entity."
            : "This entity owns or controls nothing in the graph."
          : null,
      ].filter((message): message is string => message !== null);
      return {
        graph,
        sources,
        direction,
        rootId: id,
        rootKey: root.key,
        ends: summary.ends,
        crossHoldings: summary.crossHoldings,
        truncated: capped || summary.truncated,
        message: messages.length > 0 ? messages.join(" ") : null,
      };
    });
  }
}
