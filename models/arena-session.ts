import mongoose, { type Model, Schema, type Types } from "mongoose";

export const ARENA_MIN_PANELS = 2;
export const ARENA_MAX_PANELS = 4;

export interface ArenaSessionDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  /** The configs compared, one panel each. */
  config_ids: Types.ObjectId[];
  title: string;
  message_count: number;
  created_at: Date;
  updated_at: Date;
}

const arenaSessionSchema = new Schema<ArenaSessionDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    config_ids: {
      type: [Schema.Types.ObjectId],
      ref: "LlmConfig",
      required: true,
      validate: {
        validator: (ids: unknown[]) =>
          ids.length >= ARENA_MIN_PANELS && ids.length <= ARENA_MAX_PANELS,
        message: `an arena compares ${ARENA_MIN_PANELS} to ${ARENA_MAX_PANELS} configs`,
      },
    },
    title: { type: String, required: true, default: "New arena" },
    message_count: { type: Number, default: 0 },
  },
  {
    collection: "arena_sessions",
    timestamps: { createdAt: "created_at", updatedAt: "updated_at" },
  },
);

arenaSessionSchema.index({ user_id: 1, created_at: -1 });

export const ArenaSession: Model<ArenaSessionDoc> =
  (mongoose.models.ArenaSession as Model<ArenaSessionDoc> | undefined) ??
  mongoose.model<ArenaSessionDoc>("ArenaSession", arenaSessionSchema);
