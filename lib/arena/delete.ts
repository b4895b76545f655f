import type { SessionUser } from "@/lib/auth/types";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaSession } from "@/models/arena-session";
import { findOwnedSession } from "./access";

/**
 * Deletes a session and its messages. Its votes stay: they are already part
 * of everyone's leaderboard, and they hold no text.
 */
export async function deleteArenaSession(actor: SessionUser, id: string): Promise<void> {
  const session = await findOwnedSession(actor, id);
  await ArenaMessage.deleteMany({ session_id: session._id, user_id: actor.id });
  await ArenaSession.deleteOne({ _id: session._id, user_id: actor.id });
}
