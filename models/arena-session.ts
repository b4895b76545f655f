import mongoose, { type Model, Schema, type Types } from "mongoose";

export const ARENA_MIN_PANELS = 2;
export const ARENA_MAX_PANELS = 4;

/** One side of the comparison: a config, or a plain model. */
export interface ArenaPanel {
  /** null for a plain model. */
  config_id: Types.ObjectId | null;
  /** The model that answers: the config's, as it was when the session began. */
  model_id: string;
  /** The config's or model's name when the session began; a later rename or delete leaves it. */
  name: string;
  avatar: string | null;
}

export interface ArenaSessionDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  /** Left to right; in a blind session shuffled, so the order tells nothing. */
  panels: ArenaPanel[];
  /** Names are hidden until `revealed`. */
  blind: boolean;
  revealed: boolean;
  title: string;
  /** Prompts sent (turns); each has one answer per panel. */
  message_count: number;
  created_at: Date;
  updated_at: Date;
}

const panelSchema = new Schema<ArenaPanel>(
  {
    config_id: { type: Schema.Types.ObjectId, ref: "LlmConfig", default: null },
    model_id: { type: String, required: true },
    name: { type: String, required: true },
    avatar: { type: String, default: null },
  },
  { _id: false },
);

const arenaSessionSchema = new Schema<ArenaSessionDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    panels: {
      type: [panelSchema],
      required: true,
      validate: {
        validator: (panels: unknown[]) =>
          panels.length >= ARENA_MIN_PANELS && panels.length <= ARENA_MAX_PANELS,
        message: `an arena compares ${ARENA_MIN_PANELS} to ${ARENA_MAX_PANELS} panels`,
      },
    },
    blind: { type: Boolean, default: false },
    revealed: { type: Boolean, default: true },
    title: { type: String, required: true, default: "New arena" },
    message_count: { type: Number, default: 0 },
  },
  {
    collection: "arena_sessions",
    timestamps: { createdAt: "created_at", updatedAt: "updated_at" },
  },
);

arenaSessionSchema.index({ user_id: 1, _id: -1 });

export const ArenaSession: Model<ArenaSessionDoc> =
  (mongoose.models.ArenaSession as Model<ArenaSessionDoc> | undefined) ??
  mongoose.model<ArenaSessionDoc>("ArenaSession", arenaSessionSchema);
