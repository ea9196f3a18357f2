/** The shape of every API error body. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    position?: { line: number; column: number; offset: number };
  };
}

/** An error from the server (or from not reaching it), with the server's code and message. */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: ApiErrorBody["error"]["position"],
  ) {
    super(message);
  }
}

/** POSTs JSON to the API and returns the parsed body, or throws ApiRequestError. */
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(
      0,
      "Ownergraph.Offline",
      "The Ownergraph server does not answer. Is it running?",
    );
  }
  return readResponse<T>(response);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(
      0,
      "Ownergraph.Offline",
      "The Ownergraph server does not answer. Is it running?",
    );
  }
  return readResponse<T>(response);
}

async function readResponse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiRequestError(
      response.status,
      "Ownergraph.BadResponse",
      `The server answered ${response.status} with a body that is not JSON.`,
    );
  }
  if (!response.ok) {
    const body = parsed as Partial<ApiErrorBody> | null;
    throw new ApiRequestError(
      response.status,
      body?.error?.code ?? "Ownergraph.HttpError",
      body?.error?.message ?? `The server answered ${response.status}.`,
      body?.error?.position,
    );
  }
  return parsed as T;
}
