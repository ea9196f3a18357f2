/**
 * Time in the model (docs/model.md, "Time"): partial dates, the span a relationship held over
 * (relationshipValidity) and its state on a day (heldOn). Pure: the server, the CLI and the app
 * use the same functions.
 */
export * from "./partial-date";
export * from "./held-span";
export * from "./validity";
export * from "./held-on";
export * from "./graph-as-of";
export * from "./link-changes";
