import mongoose, { type Model, model, Schema, type Types } from "mongoose";

/**
 * An `/api/v1/chat/completions` call made with an `Idempotency-Key`: claimed
 * `running` before the model is called, then `done` with the completion, so
 * the same key again gets that completion instead of a second call. A
 * failed call's claim is removed, so a retry calls again.
 */
export interface ApiCompletionDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  key: string;
  status: "running" | "done";
  /** The completion as the first caller got it (OpenAI's `chat.completion` object). */
  completion: Record<string, unknown> | null;
  /** The conversation the exchange was stored as, when it was. */
  conversation_id: string | null;
  created_at: Date;
}

const apiCompletionSchema = new Schema<ApiCompletionDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    key: { type: String, required: true },
    status: { type: String, enum: ["running", "done"], required: true },
    completion: { type: Schema.Types.Mixed, default: null },
    conversation_id: { type: String, default: null },
  },
  { collection: "api_completions", timestamps: { createdAt: "created_at", updatedAt: false } },
);

// One call per key and account: the second claim of a key fails here.
apiCompletionSchema.index({ user_id: 1, key: 1 }, { unique: true });

export const ApiCompletion: Model<ApiCompletionDoc> =
  (mongoose.models.ApiCompletion as Model<ApiCompletionDoc> | undefined) ??
  model<ApiCompletionDoc>("ApiCompletion", apiCompletionSchema);
