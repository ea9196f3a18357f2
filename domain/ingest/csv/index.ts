/** The CSV import's pure parts: the mapping file, cells as model values, tables as rows. */
export * from "./csv-mapping-types";
export * from "./csv-mapping";
export * from "./csv-cells";
export * from "./csv-table-rows";
export * from "./admin-csv-header";
export * from "./admin-csv-rows";
