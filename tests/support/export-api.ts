/** POST /api/export from tests: the status, the headers and the body as text and bytes. */
export interface ExportResponse {
  status: number;
  contentType: string;
  disposition: string;
  /** One part of a format with several files: the command that loads them all. */
  importCommand: string | null;
  bytes: Buffer;
  text: string;
}

export async function postExport(
  baseUrl: string,
  body: Record<string, unknown>,
): Promise<ExportResponse> {
  const response = await fetch(`${baseUrl}/api/export`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    disposition: response.headers.get("content-disposition") ?? "",
    importCommand: response.headers.get("x-ownergraph-import-command"),
    bytes,
    text: bytes.toString("utf8"),
  };
}

/** The error message of a JSON error body. */
export function errorMessage(response: ExportResponse): string {
  const body = JSON.parse(response.text) as { error?: { message?: string } };
  return body.error?.message ?? "";
}

/** The chain above West Kowloon Station, up to the State Council, as paths. */
export const CHAIN_QUERY =
  "MATCH p = (:Entity)-[:OWNS|CONTROLS|SUPPLIES|PERFORMED_AT*1..12]->(:Entity {id: $id}) RETURN p";
export const CHAIN_PARAMS = { id: "west-kowloon-station" };
