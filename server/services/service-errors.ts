/**
 * The errors a service throws whose message is meant for the user as it stands (what went
 * wrong, and how to fix it): a caller outside server/ (the CLI) prints them without a stack.
 */
export { ApiError } from "../query/query-errors";
export { ConfigError } from "../config";
