import { route } from "@/lib/http/route";
import { listModels } from "@/lib/llm/catalogue";
import { modelContracts } from "@/lib/llm/contracts";

export const dynamic = "force-dynamic";

// The list changes hourly at most; browsers may reuse it for five minutes.
export const GET = route(modelContracts.list, async () =>
  Response.json(
    { items: await listModels() },
    { headers: { "Cache-Control": "private, max-age=300" } },
  ),
);
