import type { ArenaSessionDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { toObjectId } from "@/lib/db/ids";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaSession } from "@/models/arena-session";
import { ArenaVote } from "@/models/arena-vote";
import { findOwnedSession } from "./access";
import { getArenaSession } from "./get";
import { voteArenaSchema } from "./schemas";
import { recordTallies } from "./tally";

/**
 * Records the owner's verdict on one turn, once, after every panel has
 * answered it, and adds it to the leaderboard. A blind session's names are
 * shown from then on.
 */
export async function voteArena(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<ArenaSessionDto> {
  const { turnId, outcome, winnerIndex } = parseInput(voteArenaSchema, input);
  const session = await findOwnedSession(actor, id);
  if (winnerIndex != null && winnerIndex >= session.panels.length) {
    throw AppError.badRequest(`winnerIndex: this session has ${session.panels.length} panels`, {
      winnerIndex: [`must be below ${session.panels.length}`],
    });
  }
  const turn = await ArenaMessage.findOne({
    _id: toObjectId(turnId),
    session_id: session._id,
    user_id: actor.id,
    role: "user",
  }).lean();
  if (!turn) throw AppError.notFound("turn");
  const answered = await ArenaMessage.countDocuments({
    session_id: session._id,
    user_id: actor.id,
    parent_id: turn._id,
    status: { $ne: "streaming" },
  });
  if (answered < session.panels.length) {
    throw AppError.conflict("Wait until every panel has answered before voting.");
  }

  const vote = {
    session_id: session._id,
    user_id: actor.id,
    turn_id: turn._id,
    config_ids: session.panels.map((panel) => panel.config_id),
    model_ids: session.panels.map((panel) => panel.model_id),
    outcome,
    winner_index: winnerIndex ?? null,
    blind: session.blind && !session.revealed,
  };
  try {
    await ArenaVote.create(vote);
  } catch (error) {
    if (isDuplicateKey(error)) throw AppError.conflict("You have already voted on this turn.");
    throw error;
  }
  // The vote is stored; a tally that fails to update is logged, not lost to the user.
  await recordTallies(vote).catch((error: unknown) => {
    log.error("could not update the arena tallies", { error, sessionId: id });
  });
  if (!session.revealed) {
    await ArenaSession.updateOne(
      { _id: session._id, user_id: actor.id },
      { $set: { revealed: true } },
    );
  }
  return getArenaSession(actor, id);
}
