/**
 * The header of a `neo4j-admin database import` CSV file, as Ownergraph's CSV export writes it
 * (domain/export/csv-exporter.ts): `id:ID` or `:ID`, `:LABEL` and typed property columns
 * (`name`, `shareExact:double`, `aliases:string[]`) in nodes.csv; `:START_ID`, `:END_ID`,
 * `:TYPE` and property columns in relationships.csv. Knowing one tells the format apart.
 */

export type AdminFileKind = "nodes" | "relationships";

export type AdminColumn =
  | { role: "id"; property: string | null }
  | { role: "label" | "start" | "end" | "type" | "ignored" }
  | { role: "property"; property: string; type: string; list: boolean };

export interface AdminHeader {
  kind: AdminFileKind;
  columns: AdminColumn[];
}

/** The column's parts: `name:type` (a `:` inside the name is not written by the exporter). */
function column(field: string): AdminColumn {
  const at = field.lastIndexOf(":");
  const name = at === -1 ? field : field.slice(0, at);
  const type = at === -1 ? "" : field.slice(at + 1);
  switch (type.toUpperCase()) {
    case "ID":
      return { role: "id", property: name === "" ? null : name };
    case "LABEL":
      return { role: "label" };
    case "START_ID":
      return { role: "start" };
    case "END_ID":
      return { role: "end" };
    case "TYPE":
      return { role: "type" };
    case "IGNORE":
      return { role: "ignored" };
  }
  const list = type.endsWith("[]");
  return {
    role: "property",
    property: name,
    type: (list ? type.slice(0, -2) : type).toLowerCase() || "string",
    list,
  };
}

/** The header read as neo4j-admin columns, or null when it is not an Ownergraph CSV export. */
export function adminHeader(fields: readonly string[]): AdminHeader | null {
  const columns = fields.map((field) => column(field.trim()));
  const has = (role: AdminColumn["role"]) => columns.some((entry) => entry.role === role);
  if (has("id") && has("label")) return { kind: "nodes", columns };
  if (has("start") && has("end") && has("type")) return { kind: "relationships", columns };
  return null;
}

/** True when the first line of a file is a header that the CSV export writes. */
export function looksLikeAdminCsv(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  return adminHeader(firstLine.split(",")) !== null;
}
