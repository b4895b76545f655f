import mongoose, { type Model, Schema, type Types } from "mongoose";
import { dayField } from "./day";

export const USAGE_KINDS = ["chat", "arena", "image", "api", "preview"] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export interface UsageLogDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  kind: UsageKind;
  conversation_id: Types.ObjectId | null;
  message_id: Types.ObjectId | null;
  arena_session_id: Types.ObjectId | null;
  model_id: string;
  tokens: { prompt: number; completion: number; total: number };
  cost_usd: number;
  /** UTC "YYYY-MM-DD", for daily charts. */
  day: string;
  created_at: Date;
}

const usageLogSchema = new Schema<UsageLogDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    kind: { type: String, enum: USAGE_KINDS, required: true },
    conversation_id: { type: Schema.Types.ObjectId, ref: "Conversation", default: null },
    message_id: { type: Schema.Types.ObjectId, default: null },
    arena_session_id: { type: Schema.Types.ObjectId, ref: "ArenaSession", default: null },
    model_id: { type: String, required: true },
    tokens: {
      prompt: { type: Number, default: 0 },
      completion: { type: Number, default: 0 },
      total: { type: Number, default: 0 },
    },
    cost_usd: { type: Number, default: 0 },
    day: dayField,
  },
  { collection: "usage_logs", timestamps: { createdAt: "created_at", updatedAt: false } },
);

usageLogSchema.index({ user_id: 1, created_at: -1 });
usageLogSchema.index({ created_at: -1 });
usageLogSchema.index({ model_id: 1, created_at: -1 });
// The usage export walks days in order; the id keeps a day's logs in a stable order.
usageLogSchema.index({ day: 1, _id: 1 });
usageLogSchema.index({ user_id: 1, day: 1 });

export const UsageLog: Model<UsageLogDoc> =
  (mongoose.models.UsageLog as Model<UsageLogDoc> | undefined) ??
  mongoose.model<UsageLogDoc>("UsageLog", usageLogSchema);
