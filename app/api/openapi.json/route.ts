import { route } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/document";
import { systemContracts } from "@/lib/system/contracts";

// Public: it describes the routes, never data, and tools fetch it without signing in.
export const GET = route(systemContracts.openApi, async () =>
  Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);
