/** The 404 every explorer endpoint answers when an entity id names nothing in the graph. */
import { ApiError } from "../query/query-errors";

export function entityNotFound(id: string): ApiError {
  return new ApiError(
    404,
    "Ownergraph.EntityNotFound",
    `No entity has the id "${id}". Search for it by name instead; ids can change when the data is reloaded.`,
  );
}
