import { followOwnAnswer } from "@/lib/chat/follow-answer";
import { userRoute } from "@/lib/http/route";
import { uiStreamResponse } from "@/lib/http/sse";

/** A running answer from its start, then live; 204 once it no longer runs (read the message). */
export const GET = userRoute<{ id: string; messageId: string }>(async (_req, { user, params }) => {
  const stream = await followOwnAnswer(user, params.id, params.messageId);
  return stream ? uiStreamResponse(stream) : new Response(null, { status: 204 });
});
