import type { ArenaReplyDto, ArenaSessionDto, ArenaTurnDto, ArenaVoteDto } from "@/lib/arena/dto";
import type { LivePanel, LiveTurn } from "./live-turn";

/** One row of a panel: a prompt and this panel's answer to it, saved or arriving. */
export interface PanelEntry {
  key: string;
  turnId: string | null;
  prompt: string;
  reply: ArenaReplyDto | null;
  /** Set while the answer is arriving on this page. */
  live: LivePanel | null;
  vote: ArenaVoteDto | null;
  /** Older messages this answer's model did not see, said once: on the panel's first such answer. */
  contextNotice: number;
}

/**
 * A panel's history: every saved turn with this panel's reply, then the live
 * one. The server saves the prompt as soon as it arrives, so a refetch during
 * the stream already lists it: the live copy, with its text so far, wins.
 */
export function panelHistory(
  session: ArenaSessionDto,
  panel: number,
  live: LiveTurn | null,
): PanelEntry[] {
  const saved = live?.turnId
    ? session.turns.filter((turn) => turn.id !== live.turnId)
    : session.turns;
  const entries: PanelEntry[] = saved.map((turn) => ({
    key: turn.id,
    turnId: turn.id,
    prompt: turn.content,
    reply: turn.replies.find((reply) => reply.panel === panel) ?? null,
    live: null,
    vote: turn.vote,
    contextNotice: 0,
  }));
  const livePanel = live?.panels[panel];
  if (live && livePanel) {
    entries.push({
      key: live.clientId,
      turnId: live.turnId,
      prompt: live.content,
      reply: livePanel.reply,
      live: livePanel,
      vote: null,
      contextNotice: 0,
    });
  }
  const first = entries.find((entry) => (entry.reply?.metadata.contextDropped ?? 0) > 0);
  if (first) first.contextNotice = first.reply?.metadata.contextDropped ?? 0;
  return entries;
}

/** The last turn, when every panel has answered it and it has no vote yet: the one to vote on. */
export function turnAwaitingVote(session: ArenaSessionDto): ArenaTurnDto | null {
  const last = session.turns.at(-1);
  if (!last || last.vote !== null) return null;
  return last.replies.length >= session.panels.length ? last : null;
}

/** The last turn while some panel has not answered it yet: it may still be running. */
export function unfinishedTurn(session: ArenaSessionDto): { id: string; content: string } | null {
  const last = session.turns.at(-1);
  if (!last || last.replies.length >= session.panels.length) return null;
  return { id: last.id, content: last.content };
}
