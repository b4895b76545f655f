import { openApiDocument } from "@/lib/openapi/document";

// Public: it describes the routes, never data, and tools fetch it without signing in.
export function GET(): Response {
  return Response.json(openApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
