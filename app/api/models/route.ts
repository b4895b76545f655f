import { userRoute } from "@/lib/http/route";
import { listModels } from "@/lib/llm/catalogue";

export const dynamic = "force-dynamic";

// The list changes hourly at most; browsers may reuse it for five minutes.
export const GET = userRoute(async () =>
  Response.json(
    { items: await listModels() },
    { headers: { "Cache-Control": "private, max-age=300" } },
  ),
);
