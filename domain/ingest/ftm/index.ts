/** FollowTheMoney (FtM JSON Lines) mapped to the model: see ftm-mapper.ts. */
export * from "./ftm-record";
export * from "./ftm-record-index";
export * from "./ftm-mapper";
export * from "./ftm-identifier-schemes";
export * from "./ftm-schemata";
