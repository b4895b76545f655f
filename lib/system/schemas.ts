import { z } from "zod";

/** What `GET /api/health` reads from its query; anything else is ignored, never refused. */
export const healthQuerySchema = z.object({
  live: z
    .literal("1")
    .optional()
    .catch(undefined)
    .describe(
      "Liveness only: 200 `{status: alive}` whenever the process answers, without asking the database",
    ),
  detail: z
    .literal("1")
    .optional()
    .catch(undefined)
    .describe(
      "For an admin (session or API key): adds `upstream` (the model provider, checked at most every 30 s), `redis` and `version`; others get the plain answer",
    ),
});
