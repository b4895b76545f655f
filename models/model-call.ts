import mongoose, { type Model, Schema, type Types } from "mongoose";
import { type AnswerLease, answerLeaseSchema } from "@/models/answer-lease";

export const HELD_CALL_KINDS = ["preview", "image", "api"] as const;
export type HeldCallKind = (typeof HELD_CALL_KINDS)[number];

/**
 * A model call in flight that leaves no message behind while it runs (a
 * config preview, an image, an `/api/v1` call): its lease carries the
 * reservation, so a process that dies mid-call does not hold the user's
 * tokens and budget for ever. Chat answers and arena replies carry their
 * own lease on their message.
 */
export interface ModelCallDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  kind: HeldCallKind;
  model_id: string;
  lease: AnswerLease;
  /** An image being made, as its person's other tabs show it while it runs. */
  image?: ImageJobRequest | null;
  created_at: Date;
}

export interface ImageJobRequest {
  /** The browser's id for the request, so the tab that sent it can stop it before it knows the call's id. */
  client_id: string | null;
  prompt: string;
  aspect_ratio: string;
}

const imageJobRequestSchema = new Schema<ImageJobRequest>(
  {
    client_id: { type: String, default: null },
    prompt: { type: String, required: true },
    aspect_ratio: { type: String, required: true },
  },
  { _id: false },
);

const modelCallSchema = new Schema<ModelCallDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    kind: { type: String, enum: HELD_CALL_KINDS, required: true },
    model_id: { type: String, required: true },
    lease: { type: answerLeaseSchema, required: true },
    image: { type: imageJobRequestSchema, default: null },
  },
  { collection: "model_calls", timestamps: { createdAt: "created_at", updatedAt: false } },
);

// Deleting an account removes its calls in flight; the image page lists its running ones.
modelCallSchema.index({ user_id: 1, kind: 1, created_at: 1 });

export const ModelCall: Model<ModelCallDoc> =
  (mongoose.models.ModelCall as Model<ModelCallDoc> | undefined) ??
  mongoose.model<ModelCallDoc>("ModelCall", modelCallSchema);
