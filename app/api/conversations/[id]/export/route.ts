import { exportConversation } from "@/lib/conversations/export";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = userRoute<Params>(
  async (req, { user, params }) => {
    const format = new URL(req.url).searchParams.get("format");
    const file = await exportConversation(user, params.id, format);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        // The stem is ASCII letters, digits and dashes: nothing to quote or escape.
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
  { limit: "export" },
);
