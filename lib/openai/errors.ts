import { AppError, toAppError } from "@/lib/errors";

/** OpenAI's error body, which its SDKs turn into their typed errors. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; code: string; param: string | null };
}

function errorType(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return "api_error";
  return "invalid_request_error";
}

export function toOpenAiBody(error: AppError): OpenAiErrorBody {
  return {
    error: {
      message: error.message,
      type: errorType(error.status),
      code: error.code,
      param: Object.keys(error.fields ?? {})[0] ?? null,
    },
  };
}

/**
 * Anything thrown, as an OpenAI-shaped JSON error with our status and
 * headers (a 429's Retry-After, which the SDKs wait for), never a stack trace.
 */
export function openAiErrorResponse(thrown: unknown): Response {
  const error = toAppError(thrown);
  return Response.json(toOpenAiBody(error), { status: error.status, headers: error.headers });
}

export function modelNotFound(model: string): AppError {
  return new AppError(
    "model_not_found",
    404,
    `The model ${model} does not exist or is not available to you.`,
    {
      model: ["is not available"],
    },
  );
}
