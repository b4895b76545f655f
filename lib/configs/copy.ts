import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConfig, findUsableConfig } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";

const COPY_SUFFIX = " (copy)";

/** A private copy of `source` for the actor, with fresh counters. */
async function copyFor(
  actor: SessionUser,
  source: LlmConfigDoc,
  name: string,
  forkedFrom: LlmConfigDoc["forked_from"] = null,
): Promise<ConfigDto> {
  const created = await LlmConfig.create({
    name,
    model_id: source.model_id,
    model_name: source.model_name,
    owner_id: actor.id,
    visibility: "private",
    description: source.description,
    system_prompt: source.system_prompt,
    avatar: source.avatar,
    parameters: source.parameters,
    tags: source.tags,
    forked_from: forkedFrom,
  });
  return toConfigDtoWithAuthor(created.toObject(), actor.id);
}

/** Copies one of the actor's own configs. */
export async function duplicateConfig(actor: SessionUser, id: string): Promise<ConfigDto> {
  const source = await findOwnedConfig(actor, id);
  return copyFor(actor, source, `${source.name.slice(0, 80 - COPY_SUFFIX.length)}${COPY_SUFFIX}`);
}

/**
 * Forks a public config or template (or one's own) into a private copy the
 * actor owns, which remembers where it came from; the source counts it.
 */
export async function forkConfig(actor: SessionUser, id: string): Promise<ConfigDto> {
  const source = await findUsableConfig(actor, id);
  const fork = await copyFor(actor, source, source.name, {
    config_id: source._id,
    name: source.name,
    owner_id: source.owner_id,
  });
  await LlmConfig.updateOne({ _id: source._id }, { $inc: { "stats.forks_count": 1 } });
  return fork;
}
