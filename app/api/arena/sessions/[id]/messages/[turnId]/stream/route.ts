import { followArenaTurn } from "@/lib/arena/follow";
import { userRoute } from "@/lib/http/route";
import { sseResponse } from "@/lib/http/sse";

/** A running turn's events from its start, then live; 204 once it ended (read the session). */
export const GET = userRoute<{ id: string; turnId: string }>(async (_req, { user, params }) => {
  const events = await followArenaTurn(user, params.id, params.turnId);
  return events ? sseResponse(events) : new Response(null, { status: 204 });
});
