import type {
  ArenaPanelDto,
  ArenaReplyDto,
  ArenaSessionDto,
  ArenaSessionSummaryDto,
  ArenaTurnDto,
} from "@/lib/arena/dto";
import { messageStatus } from "@/models/answer-lease";
import type { ArenaMessageDoc } from "@/models/arena-message";
import type { ArenaSessionDoc } from "@/models/arena-session";
import type { ArenaVoteDoc } from "@/models/arena-vote";

export function panelLabel(index: number): string {
  return String.fromCharCode(65 + index);
}

function hidden(session: Pick<ArenaSessionDoc, "blind" | "revealed">): boolean {
  return session.blind && !session.revealed;
}

export function toSessionSummaryDto(session: ArenaSessionDoc): ArenaSessionSummaryDto {
  return {
    id: session._id.toString(),
    title: session.title,
    panelCount: session.panels.length,
    blind: session.blind,
    revealed: !hidden(session),
    turnCount: session.message_count,
    createdAt: session.created_at.toISOString(),
    updatedAt: session.updated_at.toISOString(),
  };
}

export function toPanelDtos(session: ArenaSessionDoc): ArenaPanelDto[] {
  const secret = hidden(session);
  return session.panels.map((panel, index) => ({
    index,
    label: panelLabel(index),
    name: secret ? null : panel.name,
    modelId: secret ? null : panel.model_id,
    configId: secret ? null : (panel.config_id?.toString() ?? null),
    avatar: secret ? null : panel.avatar,
  }));
}

export function toReplyDto(
  session: Pick<ArenaSessionDoc, "blind" | "revealed">,
  message: ArenaMessageDoc,
): ArenaReplyDto {
  const { metadata } = message;
  // A price or a pace can name a model as surely as its name can.
  const secret = hidden(session);
  return {
    id: message._id.toString(),
    panel: message.panel ?? 0,
    content: message.content,
    status: messageStatus(message),
    isError: message.is_error,
    errorMessage: message.error_message,
    metadata: {
      modelId: secret ? null : metadata.model_id,
      promptTokens: metadata.tokens.prompt,
      completionTokens: metadata.tokens.completion,
      costUsd: secret ? null : metadata.cost_usd,
      generationTimeMs: secret ? null : metadata.generation_time_ms,
      firstTokenMs: secret ? null : metadata.first_token_ms,
      finishReason: metadata.finish_reason,
      contextDropped: metadata.context_dropped ?? 0,
    },
    createdAt: message.created_at.toISOString(),
  };
}

/** The session with its turns: each prompt, every panel's answer in panel order, and the vote. */
export function toSessionDto(
  session: ArenaSessionDoc,
  messages: ArenaMessageDoc[],
  votes: Pick<ArenaVoteDoc, "turn_id" | "outcome" | "winner_index">[],
): ArenaSessionDto {
  const voteByTurn = new Map(votes.map((vote) => [vote.turn_id.toString(), vote]));
  const turns: ArenaTurnDto[] = [];
  const byId = new Map<string, ArenaTurnDto>();
  for (const message of messages) {
    if (message.role !== "user") continue;
    const id = message._id.toString();
    const vote = voteByTurn.get(id);
    const turn: ArenaTurnDto = {
      id,
      content: message.content,
      createdAt: message.created_at.toISOString(),
      replies: [],
      vote: vote ? { outcome: vote.outcome, winnerIndex: vote.winner_index } : null,
    };
    turns.push(turn);
    byId.set(id, turn);
  }
  for (const message of messages) {
    // A reply still being written is followed live, not listed: a turn lists its finished ones.
    if (message.role !== "assistant" || !message.parent_id || message.status === "streaming") {
      continue;
    }
    byId.get(message.parent_id.toString())?.replies.push(toReplyDto(session, message));
  }
  for (const turn of turns) turn.replies.sort((a, b) => a.panel - b.panel);
  return { ...toSessionSummaryDto(session), panels: toPanelDtos(session), turns };
}
