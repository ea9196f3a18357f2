/**
 * A request to export that cannot be carried out as sent. `code` is the API's error code; the
 * HTTP layer gives it a status (ExportTooLarge: 413, the others: 400), the CLI prints the message.
 */
export type ExportRequestErrorCode =
  | "Ownergraph.BadExportRequest"
  | "Ownergraph.BadRequest"
  | "Ownergraph.UnknownExportFormat"
  | "Ownergraph.ExportTooLarge";

export class ExportRequestError extends Error {
  override readonly name = "ExportRequestError";

  constructor(
    readonly code: ExportRequestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function badExportRequest(message: string): ExportRequestError {
  return new ExportRequestError("Ownergraph.BadExportRequest", message);
}
