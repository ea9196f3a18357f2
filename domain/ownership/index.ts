/**
 * Ownership arithmetic: shares as intervals, chains up to the ultimate owners and controllers,
 * holdings down from an entity, cross-holding rings, and the wire-graph adapter.
 * Pure functions only: no React, no driver, no I/O.
 */
export * from "./ownership-errors";
export * from "./share";
export * from "./share-arithmetic";
export * from "./chain-edge";
export * from "./chain-walk-limits";
export * from "./chain-share";
export * from "./chain-ranking";
export * from "./chain-result-types";
export * from "./cross-holdings";
export * from "./summary-edges";
export { integratedSharesInto } from "./integrated-ownership";
export { ownershipEdgesFromWireGraph } from "./wire-graph-ownership-edges";
export { computeUltimateOwners } from "./ultimate-owners";
export { computeHoldingsDown } from "./holdings-down";
export * from "./chain-summary";
export { foldJoinedRecords } from "./joined-records";
