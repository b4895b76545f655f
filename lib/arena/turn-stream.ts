import type { ArenaStreamEvent } from "@/lib/arena/dto";
import { followLive } from "@/lib/realtime/live-stream";
import { ArenaMessage, type ArenaMessageDoc } from "@/models/arena-message";
import type { ArenaSessionDoc } from "@/models/arena-session";
import { toReplyDto } from "./to-dto";

/** The live stream an arena turn's panels are written to while they run. */
export function turnStreamKey(turnId: string): string {
  return `arena:${turnId}`;
}

/** Consecutive text of one panel, joined: a reader that fell behind gets fewer, larger events. */
export function joinPanelDeltas(
  waiting: ArenaStreamEvent,
  next: ArenaStreamEvent,
): ArenaStreamEvent | null {
  return waiting.type === "text-delta" && next.type === "text-delta" && waiting.panel === next.panel
    ? { ...waiting, delta: waiting.delta + next.delta }
    : null;
}

type Turn = Pick<ArenaMessageDoc, "_id" | "session_id" | "user_id">;

/** The panels' replies stored so far: one per panel once it ended. */
export function storedReplies(turn: Turn): Promise<ArenaMessageDoc[]> {
  return ArenaMessage.find({
    session_id: turn.session_id,
    user_id: turn.user_id,
    parent_id: turn._id,
    role: "assistant",
    status: { $ne: "streaming" },
  })
    .sort({ panel: 1 })
    .lean();
}

/**
 * A turn's events while it runs, replayed from its start and followed to
 * its end wherever it runs; null when it runs nowhere. A turn runs until
 * every panel's reply has ended.
 */
export function followTurn(
  session: Pick<ArenaSessionDoc, "panels">,
  turn: Turn,
): Promise<ReadableStream<ArenaStreamEvent> | null> {
  return followLive<ArenaStreamEvent>(
    turnStreamKey(turn._id.toString()),
    async () => (await storedReplies(turn)).length < session.panels.length,
  );
}

/** A turn that ended (or whose process died), told as the stream that said it. */
function storedTurnStream(
  session: ArenaSessionDoc,
  turn: Turn,
  replies: ArenaMessageDoc[],
): ReadableStream<ArenaStreamEvent> {
  const events: ArenaStreamEvent[] = [{ type: "turn", turnId: turn._id.toString() }];
  for (const reply of replies) {
    const panel = reply.panel ?? 0;
    events.push(
      { type: "panel-start", panel, messageId: reply._id.toString() },
      ...(reply.content ? [{ type: "text-delta" as const, panel, delta: reply.content }] : []),
      { type: "panel-finish", panel, reply: toReplyDto(session, reply) },
    );
  }
  return new ReadableStream<ArenaStreamEvent>({
    start(controller) {
      for (const event of events) controller.enqueue(event);
      controller.close();
    },
  });
}

/** A prompt sent again: its turn followed live while it runs, else told from what was stored. */
export async function turnOfRepeat(
  session: ArenaSessionDoc,
  turn: Turn,
): Promise<ReadableStream<ArenaStreamEvent>> {
  const replies = await storedReplies(turn);
  const live = replies.length < session.panels.length ? await followTurn(session, turn) : null;
  return live ?? storedTurnStream(session, turn, replies);
}
