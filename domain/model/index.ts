/**
 * The graph model as one typed registry: entity and relationship types with their properties,
 * endpoints, roles in chains, FtM and BODS mappings, verbs and looks; and the accessors every
 * layer reads (caption, stated share and its wording, citations). Pure: no React, no driver.
 */
export * from "./property-kinds";
export * from "./firmness";
export * from "./entity-types";
export * from "./relationship-kinds";
export * from "./relationship-types";
export * from "./caption";
export * from "./stated-share";
export * from "./share-figures";
export * from "./citations";
export * from "./source-properties";
export * from "./relationship-claim";
export * from "./value-checks";
export * from "./entity-names";
export * from "./identifier-keys";
