import mongoose, { type Model, Schema, type Types } from "mongoose";
import { ARENA_MAX_PANELS } from "./arena-session";
import { dayField } from "./day";

export const VOTE_OUTCOMES = ["win", "tie", "both_bad"] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];

export interface ArenaVoteDoc {
  _id: Types.ObjectId;
  session_id: Types.ObjectId;
  user_id: Types.ObjectId;
  /** The user message that opened the turn. */
  turn_id: Types.ObjectId;
  /** The panels as shown, left to right (null for a plain model); winner_index points into both lists. */
  config_ids: (Types.ObjectId | null)[];
  model_ids: string[];
  outcome: VoteOutcome;
  /** Set when outcome is "win", null for "tie" and "both_bad". */
  winner_index: number | null;
  /** Cast before the names were shown. */
  blind: boolean;
  /** UTC "YYYY-MM-DD", for daily charts. */
  day: string;
  created_at: Date;
}

const arenaVoteSchema = new Schema<ArenaVoteDoc>(
  {
    session_id: { type: Schema.Types.ObjectId, ref: "ArenaSession", required: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    turn_id: { type: Schema.Types.ObjectId, ref: "ArenaMessage", required: true },
    config_ids: { type: [Schema.Types.ObjectId], ref: "LlmConfig", required: true },
    model_ids: { type: [String], required: true },
    outcome: { type: String, enum: VOTE_OUTCOMES, required: true },
    winner_index: { type: Number, min: 0, max: ARENA_MAX_PANELS - 1, default: null },
    blind: { type: Boolean, default: false },
    day: dayField,
  },
  { collection: "arena_votes", timestamps: { createdAt: "created_at", updatedAt: false } },
);

// One vote per turn.
arenaVoteSchema.index({ session_id: 1, turn_id: 1 }, { unique: true });
arenaVoteSchema.index({ day: 1 });
// "My votes" on the leaderboard.
arenaVoteSchema.index({ user_id: 1 });

export const ArenaVote: Model<ArenaVoteDoc> =
  (mongoose.models.ArenaVote as Model<ArenaVoteDoc> | undefined) ??
  mongoose.model<ArenaVoteDoc>("ArenaVote", arenaVoteSchema);
