import { randomUUID } from "node:crypto";
import mongoose, { type Model, Schema, type Types } from "mongoose";
import {
  type AnswerLease,
  answerLeaseSchema,
  MESSAGE_STATUSES,
  type MessageStatus,
} from "@/models/answer-lease";
import { type GenerationMetadata, generationMetadataSchema } from "@/models/generation-metadata";

export const ARENA_ROLES = ["user", "assistant"] as const;
export type ArenaRole = (typeof ARENA_ROLES)[number];

export interface ArenaMessageDoc {
  _id: Types.ObjectId;
  session_id: Types.ObjectId;
  /** The owner, copied from the session so ownership can be part of every query. */
  user_id: Types.ObjectId;
  role: ArenaRole;
  /** The user message a reply answers, which identifies the turn; null for user messages. */
  parent_id: Types.ObjectId | null;
  /** The panel that answered; null for user messages. */
  panel: number | null;
  /** null for user messages. */
  config_id: Types.ObjectId | null;
  /** The browser's id for a prompt, so a double submit stores one; a reply's own id for replies. */
  client_id: string;
  content: string;
  metadata: GenerationMetadata;
  /** A reply's life, as a chat answer's; absent on prompts and on replies from before statuses. */
  status?: MessageStatus;
  /** Set while the reply streams, removed by its last write. */
  lease?: AnswerLease | null;
  /** One panel can fail while the others answer; true for `error` and `interrupted`. */
  is_error: boolean;
  error_message: string | null;
  created_at: Date;
}

const arenaMessageSchema = new Schema<ArenaMessageDoc>(
  {
    session_id: { type: Schema.Types.ObjectId, ref: "ArenaSession", required: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    role: { type: String, enum: ARENA_ROLES, required: true },
    parent_id: { type: Schema.Types.ObjectId, ref: "ArenaMessage", default: null },
    panel: { type: Number, default: null },
    config_id: { type: Schema.Types.ObjectId, ref: "LlmConfig", default: null },
    client_id: { type: String, required: true, default: () => randomUUID() },
    content: { type: String, default: "" },
    metadata: { type: generationMetadataSchema, default: () => ({}) },
    status: { type: String, enum: MESSAGE_STATUSES, default: "complete" },
    lease: { type: answerLeaseSchema, default: null },
    is_error: { type: Boolean, default: false },
    error_message: { type: String, default: null },
  },
  { collection: "arena_messages", timestamps: { createdAt: "created_at", updatedAt: false } },
);

arenaMessageSchema.index({ session_id: 1, user_id: 1, created_at: 1, _id: 1 });
arenaMessageSchema.index({ session_id: 1, client_id: 1 }, { unique: true });
// Recovery looks for replies still streaming, as it does for chat answers.
arenaMessageSchema.index({ status: 1 });

export const ArenaMessage: Model<ArenaMessageDoc> =
  (mongoose.models.ArenaMessage as Model<ArenaMessageDoc> | undefined) ??
  mongoose.model<ArenaMessageDoc>("ArenaMessage", arenaMessageSchema);
