import { openAiContracts } from "@/lib/openai/contracts";
import { listApiModels } from "@/lib/openai/models";
import { openAiRoute } from "@/lib/openai/route";

export const dynamic = "force-dynamic";

/** OpenAI's `GET /models`: the upstream models, then the caller's configs as `config:<id>`. */
export const GET = openAiRoute(openAiContracts.models, async ({ user }) => listApiModels(user));
