import { listApiModels } from "@/lib/openai/models";
import { openAiRoute } from "@/lib/openai/route";

export const dynamic = "force-dynamic";

/** OpenAI's `GET /models`: the upstream models a completion may name. */
export const GET = openAiRoute(async () => Response.json(await listApiModels()));
