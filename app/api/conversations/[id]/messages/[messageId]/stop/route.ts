import { stopReply } from "@/lib/chat/manage-messages";
import { userRoute } from "@/lib/http/route";

/** 204 whether or not the reply was still running: afterwards it is not. */
export const POST = userRoute<{ id: string; messageId: string }>(async (_req, { user, params }) => {
  await stopReply(user, params.id, params.messageId);
  return new Response(null, { status: 204 });
});
