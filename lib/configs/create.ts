import type { SessionUser } from "@/lib/auth/types";
import type { ConfigDto } from "@/lib/configs/dto";
import { checkModel } from "@/lib/configs/model-check";
import { createConfigSchema } from "@/lib/configs/schemas";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { LlmConfig } from "@/models/llm-config";

/** Creates a config owned by the actor. Owner and counters never come from the input. */
export async function createConfig(actor: SessionUser, input: unknown): Promise<ConfigDto> {
  const data = parseInput(createConfigSchema, input);
  if (data.visibility === "template" && actor.role !== "admin") {
    throw AppError.forbidden("Only admins make templates.");
  }
  const p = data.parameters ?? {};
  const model = await checkModel(data.modelId, p.maxTokens ?? null);

  await connectDb();
  const created = await LlmConfig.create({
    name: data.name,
    model_id: model.id,
    model_name: model.name,
    owner_id: actor.id,
    visibility: data.visibility ?? "private",
    description: data.description ?? "",
    system_prompt: data.systemPrompt ?? "",
    ...(data.avatar !== undefined ? { avatar: data.avatar } : {}),
    parameters: {
      ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
      max_tokens: p.maxTokens ?? null,
      ...(p.topP !== undefined ? { top_p: p.topP } : {}),
      ...(p.frequencyPenalty !== undefined ? { frequency_penalty: p.frequencyPenalty } : {}),
      ...(p.presencePenalty !== undefined ? { presence_penalty: p.presencePenalty } : {}),
    },
    tags: data.tags ?? [],
  });
  return toConfigDtoWithAuthor(created.toObject(), actor.id);
}
