import type { Types } from "mongoose";
import { connectDb } from "@/lib/db/connect";
import type { ConfigVisibility, LlmConfigDoc } from "@/models/llm-config";
import { User } from "@/models/user";

export interface ConfigParametersDto {
  temperature: number;
  maxTokens: number | null;
  topP: number;
  frequencyPenalty: number;
  presencePenalty: number;
}

/** A config as anyone allowed to see it sees it: of its author, the display name only. */
export interface ConfigDto {
  id: string;
  available: true;
  name: string;
  modelId: string;
  modelName: string;
  description: string;
  systemPrompt: string;
  avatar: string;
  parameters: ConfigParametersDto;
  tags: string[];
  visibility: ConfigVisibility;
  author: { displayName: string } | null;
  isOwn: boolean;
  stats: { usesCount: number; savesCount: number };
  createdAt: string;
  updatedAt: string;
}

/**
 * A saved config that is no longer shared with the saver: its owner made it
 * private or an admin unpublished it. Only what lets them take it off their
 * list; nothing of the config, which may have changed since.
 */
export interface UnavailableConfigDto {
  id: string;
  available: false;
  isOwn: false;
}

/** One entry of the actor's own and saved configs. */
export type MyConfigDto = ConfigDto | UnavailableConfigDto;

export type AuthorNames = Map<string, string>;

/** The display names of a page's authors, in one query; nothing else of theirs is read. */
export async function authorNames(docs: Pick<LlmConfigDoc, "owner_id">[]): Promise<AuthorNames> {
  const ids = [...new Set(docs.flatMap((doc) => (doc.owner_id ? [doc.owner_id.toString()] : [])))];
  if (ids.length === 0) return new Map();
  await connectDb();
  const users = await User.find({ _id: { $in: ids } })
    .select("profile.display_name")
    .lean<{ _id: Types.ObjectId; profile: { display_name: string } }[]>();
  return new Map(users.map((user) => [user._id.toString(), user.profile.display_name]));
}

export function toConfigDto(doc: LlmConfigDoc, actorId: string, names: AuthorNames): ConfigDto {
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
    author: ownerId ? { displayName: names.get(ownerId) ?? "" } : null,
    isOwn: ownerId === actorId,
    stats: { usesCount: doc.stats.uses_count, savesCount: doc.stats.saves_count },
    createdAt: doc.created_at.toISOString(),
    updatedAt: doc.updated_at.toISOString(),
  };
}

/** One config's DTO, with its author's name looked up. */
export async function toConfigDtoWithAuthor(
  doc: LlmConfigDoc,
  actorId: string,
): Promise<ConfigDto> {
  return toConfigDto(doc, actorId, await authorNames([doc]));
}
