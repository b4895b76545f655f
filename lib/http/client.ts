/**
 * The one client-side fetch wrapper. Every browser call to our own API goes
 * through apiFetch so that errors always arrive as an ApiError with a message
 * a person can act on, whatever went wrong on the way.
 */

import { failureSentence } from "./failure-sentence";

type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }
}

export type ApiInit = Omit<RequestInit, "body"> & {
  /** Plain values are sent as JSON; FormData, Blob and strings are sent as they are. */
  body?: unknown;
};

/** What a person reads when a request never reached us (offline, server down), in their language. */
export function networkMessage(): string {
  return failureSentence("network_error");
}

export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { body, headers: initHeaders, ...rest } = init;
  const headers = new Headers(initHeaders);
  headers.set("Accept", "application/json");

  let payload: BodyInit | undefined;
  if (body === undefined || body === null) {
    payload = undefined;
  } else if (isRawBody(body)) {
    payload = body;
  } else {
    payload = JSON.stringify(body);
    headers.set("Content-Type", "application/json");
  }

  const response = await send(path, {
    credentials: "same-origin",
    ...rest,
    headers,
    body: payload,
  });
  if (response.status === 204) return undefined as T;

  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/**
 * Fetch for a streamed answer (the chat transport, the arena): the body is
 * the caller's to read, and an error answered before streaming (rate limit,
 * token limit, ban, missing key) is an ApiError as apiFetch reports it.
 */
export const streamFetch: typeof fetch = async (input, init) => {
  const response = await send(input, init);
  if (response.ok) return response;
  throw toApiError(response.status, await readJson(response));
};

/**
 * A multipart POST whose progress is shown: XMLHttpRequest is the one
 * browser API that reports how much of a body has been sent. `onProgress`
 * gets the share sent, 0 to 1; the answer and errors arrive as apiFetch's.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (sent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(data as T);
      else reject(toApiError(request.status, data));
    };
    request.onerror = () => reject(networkError());
    request.send(form);
  });
}

async function send(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    // Cancellation is the caller's decision (e.g. react-query), not a failure to report.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw networkError();
  }
}

function networkError(): ApiError {
  return new ApiError(0, "network_error", networkMessage());
}

function isRawBody(body: unknown): body is BodyInit {
  return (
    typeof body === "string" ||
    body instanceof FormData ||
    body instanceof Blob ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    body instanceof ReadableStream
  );
}

async function readJson(response: Response): Promise<unknown> {
  return parseJson(await response.text().catch(() => ""));
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const error = isRecord(data) && isRecord(data.error) ? data.error : undefined;
  const code = typeof error?.code === "string" ? error.code : fallbackCode(status);
  // Without a message of ours (a proxy answered, say), the status says what happened.
  const serverMessage =
    typeof error?.message === "string" && error.message
      ? error.message
      : failureSentence(fallbackCode(status));
  const message = failureSentence(code, serverMessage);
  const fields = isFieldErrors(error?.fields) ? error.fields : undefined;
  return new ApiError(status, code, message, fields);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    isRecord(value) &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

function fallbackCode(status: number): string {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "rate_limited";
  return status >= 500 ? "server_error" : "request_failed";
}
