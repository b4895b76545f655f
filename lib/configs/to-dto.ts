import type { Types } from "mongoose";
import { SHARED_VISIBILITIES } from "@/lib/configs/access";
import type { ConfigDto } from "@/lib/configs/dto";
import { connectDb } from "@/lib/db/connect";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";
import { User } from "@/models/user";

/** What a page of DTOs needs besides the configs themselves, read in two queries at most. */
export interface ConfigLookups {
  /** Display names of authors, and of the authors of fork sources. */
  names: Map<string, string>;
  /** The fork sources the viewer may still see (and so follow a link to). */
  visibleSources: Set<string>;
}

type Lookable = Pick<LlmConfigDoc, "owner_id" | "forked_from">;

/** Of authors, the display names only; of fork sources, only whether the viewer may see them. */
export async function configLookups(docs: Lookable[], actorId: string): Promise<ConfigLookups> {
  const ownerIds = docs.flatMap((doc) => [doc.owner_id, doc.forked_from?.owner_id ?? null]);
  const ids = [...new Set(ownerIds.flatMap((id) => (id ? [id.toString()] : [])))];
  const sourceIds = docs.flatMap((doc) => (doc.forked_from ? [doc.forked_from.config_id] : []));
  if (ids.length === 0 && sourceIds.length === 0) {
    return { names: new Map(), visibleSources: new Set() };
  }
  await connectDb();
  const [users, sources] = await Promise.all([
    ids.length === 0
      ? []
      : User.find({ _id: { $in: ids } })
          .select("profile.display_name")
          .lean<{ _id: Types.ObjectId; profile: { display_name: string } }[]>(),
    sourceIds.length === 0
      ? []
      : LlmConfig.find({
          _id: { $in: sourceIds },
          $or: [{ owner_id: actorId }, { visibility: { $in: SHARED_VISIBILITIES } }],
        })
          .select("_id")
          .lean<{ _id: Types.ObjectId }[]>(),
  ]);
  return {
    names: new Map(users.map((user) => [user._id.toString(), user.profile.display_name])),
    visibleSources: new Set(sources.map((source) => source._id.toString())),
  };
}

function forkedFromDto(
  doc: LlmConfigDoc,
  { names, visibleSources }: ConfigLookups,
): ConfigDto["forkedFrom"] {
  const source = doc.forked_from;
  if (!source) return null;
  const sourceId = source.config_id.toString();
  const ownerId = source.owner_id?.toString();
  return {
    id: visibleSources.has(sourceId) ? sourceId : null,
    name: source.name,
    authorName: ownerId ? (names.get(ownerId) ?? null) : null,
  };
}

export function toConfigDto(doc: LlmConfigDoc, actorId: string, lookups: ConfigLookups): ConfigDto {
  const ownerId = doc.owner_id?.toString() ?? null;
  return {
    id: doc._id.toString(),
    available: true,
    name: doc.name,
    modelId: doc.model_id,
    modelName: doc.model_name,
    description: doc.description,
    systemPrompt: doc.system_prompt,
    avatar: doc.avatar,
    parameters: {
      temperature: doc.parameters.temperature,
      maxTokens: doc.parameters.max_tokens,
      topP: doc.parameters.top_p,
      frequencyPenalty: doc.parameters.frequency_penalty,
      presencePenalty: doc.parameters.presence_penalty,
    },
    tags: doc.tags,
    visibility: doc.visibility,
    author: ownerId ? { displayName: lookups.names.get(ownerId) ?? "" } : null,
    forkedFrom: forkedFromDto(doc, lookups),
    isOwn: ownerId === actorId,
    stats: {
      usesCount: doc.stats.uses_count,
      savesCount: doc.stats.saves_count,
      forksCount: doc.stats.forks_count ?? 0,
    },
    createdAt: doc.created_at.toISOString(),
    updatedAt: doc.updated_at.toISOString(),
  };
}

/** One config's DTO, with its author's name looked up. */
export async function toConfigDtoWithAuthor(
  doc: LlmConfigDoc,
  actorId: string,
): Promise<ConfigDto> {
  return toConfigDto(doc, actorId, await configLookups([doc], actorId));
}
