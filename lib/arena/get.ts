import type { ArenaSessionDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaVote } from "@/models/arena-vote";
import { findOwnedSession } from "./access";
import { toSessionDto } from "./to-dto";

/** One of the actor's sessions with its whole history. */
export async function getArenaSession(actor: SessionUser, id: string): Promise<ArenaSessionDto> {
  const session = await findOwnedSession(actor, id);
  const [messages, votes] = await Promise.all([
    ArenaMessage.find({ session_id: session._id, user_id: actor.id })
      .sort({ created_at: 1, _id: 1 })
      .lean(),
    ArenaVote.find({ session_id: session._id, user_id: actor.id })
      .select("turn_id outcome winner_index")
      .lean(),
  ]);
  return toSessionDto(session, messages, votes);
}
