import type { MessageStatus } from "@/models/answer-lease";

/**
 * What the browser and API clients see of the arena. In a blind session the
 * panels are only letters until the user votes: names, model and config ids
 * are null, and replies carry no model id.
 */

export interface ArenaPanelDto {
  index: number;
  /** "A", "B", … */
  label: string;
  /** The config's or model's name; null while hidden. */
  name: string | null;
  modelId: string | null;
  configId: string | null;
  /** The config's emoji, when the panel is a config and not hidden. */
  avatar: string | null;
}

export interface ArenaSessionSummaryDto {
  id: string;
  title: string;
  panelCount: number;
  blind: boolean;
  /** A blind session's names are shown: the user has voted. Always true when not blind. */
  revealed: boolean;
  /** The prompts sent so far. */
  turnCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The model, cost and timings are null while the session is blind. */
export interface ArenaReplyMetadataDto {
  modelId: string | null;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
  generationTimeMs: number | null;
  firstTokenMs: number | null;
  finishReason: string | null;
  /** Older messages left out of this answer's prompt to fit the model's context window. */
  contextDropped: number;
}

export interface ArenaReplyDto {
  id: string;
  panel: number;
  content: string;
  /** Never `streaming` here: a running reply is followed on the turn's stream. */
  status: MessageStatus;
  isError: boolean;
  errorMessage: string | null;
  metadata: ArenaReplyMetadataDto;
  createdAt: string;
}

export interface ArenaVoteDto {
  outcome: "win" | "tie" | "both_bad";
  /** The winning panel's index when the outcome is "win". */
  winnerIndex: number | null;
}

/** One prompt and every panel's answer to it. */
export interface ArenaTurnDto {
  /** The user message's id: votes and stops name the turn by it. */
  id: string;
  content: string;
  createdAt: string;
  /** One per panel that has finished, in panel order. */
  replies: ArenaReplyDto[];
  vote: ArenaVoteDto | null;
}

export interface ArenaSessionDto extends ArenaSessionSummaryDto {
  panels: ArenaPanelDto[];
  turns: ArenaTurnDto[];
}

/**
 * The events of `POST /api/arena/sessions/:id/messages`, one JSON object per
 * SSE `data:` line, ended by `data: [DONE]`. Every panel streams at once on
 * one connection, so four panels cost one of the browser's six.
 */
export type ArenaStreamEvent =
  | { type: "turn"; turnId: string }
  | { type: "panel-start"; panel: number; messageId: string }
  | { type: "text-delta"; panel: number; delta: string }
  /** The panel's reply, saved; `reply.isError` tells a failure (with any partial text). */
  | { type: "panel-finish"; panel: number; reply: ArenaReplyDto };

export interface LeaderboardEntryDto {
  /** "model:<id>" or "config:<id>". */
  key: string;
  kind: "model" | "config";
  name: string;
  modelId: string;
  configId: string | null;
  /** Elo-scaled Bradley–Terry rating (1000 is average). */
  rating: number;
  /** 95% confidence interval of the rating. */
  ciLow: number;
  ciHigh: number;
  /** Votes this entry took part in: one per vote, however many panels. */
  votes: number;
  /**
   * Pairwise comparisons ("battles"), which the rating is fitted to: a vote
   * for the best of three is two battles won by the winner and one lost by
   * each other; a tie or "all bad" is a tied battle for every pair.
   */
  battles: number;
  /** Battles won, tied and lost. */
  wins: number;
  ties: number;
  losses: number;
  /** (wins + ties / 2) / battles. */
  winRate: number;
}

export interface LeaderboardDto {
  kind: "model" | "config";
  scope: "all" | "mine";
  /** "blind": only votes cast before the names were shown. */
  votes: "all" | "blind";
  /** The votes that ranked anything on this board. */
  totalVotes: number;
  items: LeaderboardEntryDto[];
}
