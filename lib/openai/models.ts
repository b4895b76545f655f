import { listModels } from "@/lib/llm/catalogue";

/** The upstream model list in OpenAI's shape; `created` is unknown upstream, so 0. */
export async function listApiModels() {
  const models = await listModels();
  return {
    object: "list" as const,
    data: models.map((model) => ({
      id: model.id,
      object: "model" as const,
      created: 0,
      owned_by: model.id.split("/")[0] ?? "unknown",
    })),
  };
}
