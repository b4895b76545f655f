import type { ArenaStreamEvent } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { ArenaMessage } from "@/models/arena-message";
import { findOwnedSession } from "./access";
import { followTurn, storedReplies } from "./turn-stream";

/**
 * The owner's running turn `turnId`, replayed from its start and followed
 * live (a reload, another device); null once every panel has ended: the
 * session then holds the answers.
 */
export async function followArenaTurn(
  actor: SessionUser,
  sessionId: string,
  turnId: string,
): Promise<ReadableStream<ArenaStreamEvent> | null> {
  const session = await findOwnedSession(actor, sessionId);
  const turn = await findOwned("arena turn", turnId, (_id) =>
    ArenaMessage.findOne({ _id, session_id: session._id, user_id: actor.id, role: "user" }).lean(),
  );
  if ((await storedReplies(turn)).length >= session.panels.length) return null;
  return followTurn(session, turn);
}
