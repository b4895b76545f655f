import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConfig } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { checkModel } from "@/lib/configs/model-check";
import { updateConfigSchema } from "@/lib/configs/schemas";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { LlmConfig } from "@/models/llm-config";

/**
 * Edits, publishes or unpublishes the actor's own config. Admins are owners
 * of nothing here: they unpublish others' configs with adminUnpublishConfig.
 */
export async function updateConfig(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<ConfigDto> {
  const changes = parseInput(updateConfigSchema, input);
  if (changes.visibility === "template" && actor.role !== "admin") {
    throw AppError.forbidden("Only admins make templates.");
  }
  const current = await findOwnedConfig(actor, id);

  const set: Record<string, unknown> = {};
  const p = changes.parameters ?? {};
  if (changes.modelId !== undefined || p.maxTokens !== undefined) {
    const model = await checkModel(
      changes.modelId ?? current.model_id,
      p.maxTokens === undefined ? current.parameters.max_tokens : p.maxTokens,
    );
    set.model_id = model.id;
    set.model_name = model.name;
  }
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.description !== undefined) set.description = changes.description;
  if (changes.systemPrompt !== undefined) set.system_prompt = changes.systemPrompt;
  if (changes.avatar !== undefined) set.avatar = changes.avatar;
  if (changes.tags !== undefined) set.tags = changes.tags;
  if (changes.visibility !== undefined) set.visibility = changes.visibility;
  if (p.temperature !== undefined) set["parameters.temperature"] = p.temperature;
  if (p.maxTokens !== undefined) set["parameters.max_tokens"] = p.maxTokens;
  if (p.topP !== undefined) set["parameters.top_p"] = p.topP;
  if (p.frequencyPenalty !== undefined) set["parameters.frequency_penalty"] = p.frequencyPenalty;
  if (p.presencePenalty !== undefined) set["parameters.presence_penalty"] = p.presencePenalty;
  if (Object.keys(set).length === 0) return toConfigDtoWithAuthor(current, actor.id);

  const updated = await LlmConfig.findOneAndUpdate(
    { _id: current._id, owner_id: actor.id },
    { $set: set },
    { returnDocument: "after" },
  ).lean();
  if (!updated) throw AppError.notFound("config");
  return toConfigDtoWithAuthor(updated, actor.id);
}

/** Shares the actor's config in the gallery. */
export function publishConfig(actor: SessionUser, id: string): Promise<ConfigDto> {
  return updateConfig(actor, id, { visibility: "public" });
}

/** Takes the actor's config out of the gallery. */
export function unpublishConfig(actor: SessionUser, id: string): Promise<ConfigDto> {
  return updateConfig(actor, id, { visibility: "private" });
}
