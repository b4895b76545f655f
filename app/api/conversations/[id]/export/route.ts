import { conversationContracts } from "@/lib/conversations/contracts";
import { exportConversation } from "@/lib/conversations/export";
import { route } from "@/lib/http/route";

export const GET = route(conversationContracts.export, async ({ user, params, query }) => {
  const file = await exportConversation(user, params.id, query.format ?? null);
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      // The stem is ASCII letters, digits and dashes: nothing to quote or escape.
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
