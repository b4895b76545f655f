import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/types";
import { assertSameOrigin } from "@/lib/http/origin";
import { openAiErrorResponse } from "./errors";

/**
 * Wraps an OpenAI-compatible route: the same credentials and origin check
 * as our other routes (session or key), but failures in OpenAI's error
 * shape, which its SDKs and the tools built on them understand.
 */
export function openAiRoute(handler: (req: Request, user: SessionUser) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      assertSameOrigin(req);
      return await handler(req, await requireUser({ apiKey: true }));
    } catch (error) {
      return openAiErrorResponse(error);
    }
  };
}
