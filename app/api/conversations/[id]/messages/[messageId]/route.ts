import { deleteMessage } from "@/lib/chat/manage-messages";
import { userRoute } from "@/lib/http/route";

/** Deletes the message and every reply below it. */
export const DELETE = userRoute<{ id: string; messageId: string }>(
  async (_req, { user, params }) => {
    await deleteMessage(user, params.id, params.messageId);
    return new Response(null, { status: 204 });
  },
);
