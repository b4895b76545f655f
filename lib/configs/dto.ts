import type { ConfigVisibility } from "@/models/llm-config";

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
  /**
   * The config this one was forked from, as it was named then; `id` only
   * while the viewer may still see the source.
   */
  forkedFrom: { id: string | null; name: string; authorName: string | null } | null;
  isOwn: boolean;
  stats: { usesCount: number; savesCount: number; forksCount: number };
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
