import { createUIMessageStreamResponse } from "ai";
import { regenerateReply } from "@/lib/chat/regenerate";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

export const POST = userRoute<{ id: string; messageId: string }>(async (req, { user, params }) =>
  createUIMessageStreamResponse({
    stream: await regenerateReply(user, params.id, params.messageId, await readJson(req)),
  }),
);
