import { currentSession, userOfSession } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { eventStreamResponse } from "@/lib/http/sse";
import { eventContracts } from "@/lib/realtime/contracts";
import { openEventStream } from "@/lib/realtime/event-stream";
import { drainingSignal } from "@/lib/server/drain";

/**
 * The signed-in tab's events (SSE): what changed in the account's
 * conversations, answers, images and comparisons, and its sign-out. The
 * browser's session only: the channel is how a tab learns it was signed
 * out, which means nothing to an API key; scripts read the REST routes.
 */
export const GET = route(eventContracts.follow, async ({ req, user }) => {
  const session = await currentSession();
  if (!session) throw AppError.unauthorized();
  const stream = await openEventStream({
    userId: user.id,
    sessionId: session.sid,
    lastEventId: req.headers.get("last-event-id"),
    heartbeatMs: env().EVENTS_HEARTBEAT_MS,
    // A shutdown ends the stream: the browser reconnects, to another instance if there is one.
    signal: AbortSignal.any([req.signal, drainingSignal()]),
    async endedBecause(announced) {
      try {
        return (await userOfSession(session)) ? null : announced;
      } catch (error) {
        if (error instanceof AppError && error.code === "banned") return "banned";
        throw error;
      }
    },
  });
  return eventStreamResponse(stream);
});
