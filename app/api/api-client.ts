import { SIGN_IN_REQUIRED_CODE } from "../../domain/wire/session-api-types";
import { signInAgain } from "./sign-in-again";

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

/**
 * Sends a request to the API and returns the server's answer, or throws ApiRequestError when the
 * server cannot be reached. A 401 Ownergraph.SignInRequired (the session ended under the app)
 * waits for the person to sign in again (sign-in-again.ts) and then sends the request again:
 * the server refused it before doing anything, so sending it twice is safe.
 */
export async function sendRequest(path: string, init: RequestInit): Promise<Response> {
  for (;;) {
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiRequestError(
        0,
        "Ownergraph.Offline",
        "The Ownergraph server does not answer. Is it running?",
      );
    }
    if (!(await asksToSignInAgain(response))) return response;
    await signInAgain.wait(init.signal ?? undefined);
  }
}

async function asksToSignInAgain(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as Partial<ApiErrorBody> | null;
  return body?.error?.code === SIGN_IN_REQUIRED_CODE;
}

/** Sends a request to the API and returns the parsed body, or throws ApiRequestError. */
async function requestJson<T>(path: string, init: RequestInit): Promise<T> {
  return readResponse<T>(await sendRequest(path, init));
}

/** POSTs JSON to the API and returns the parsed body, or throws ApiRequestError. */
export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return requestJson(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
}

/** POSTs a multipart form (files) to the API; the browser sets the content type. */
export function postForm<T>(path: string, form: FormData, signal?: AbortSignal): Promise<T> {
  return requestJson(path, { method: "POST", body: form, signal });
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return requestJson(path, { signal });
}

export function deleteJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return requestJson(path, { method: "DELETE", signal });
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
