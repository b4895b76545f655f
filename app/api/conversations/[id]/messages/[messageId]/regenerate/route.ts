import { regenerateReply } from "@/lib/chat/regenerate";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { uiStreamResponse } from "@/lib/http/sse";

export const POST = userRoute<{ id: string; messageId: string }>(async (req, { user, params }) =>
  uiStreamResponse(await regenerateReply(user, params.id, params.messageId, await readJson(req))),
);
