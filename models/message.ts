import { randomUUID } from "node:crypto";
import mongoose, { type Model, Schema, type Types } from "mongoose";
import {
  type AnswerLease,
  answerLeaseSchema,
  MESSAGE_STATUSES,
  type MessageStatus,
  messageStatus,
} from "@/models/answer-lease";
import { type GenerationMetadata, generationMetadataSchema } from "@/models/generation-metadata";

export { type MessageStatus, messageStatus };

export const MESSAGE_ROLES = ["user", "assistant", "system"] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export interface Attachment {
  type: string;
  url: string;
  name: string;
  size: number;
  file_id: string | null;
}

/** A tool an answer called (through the API) and, once the caller sent it back, the tool's result. */
export interface ToolCallRecord {
  id: string;
  name: string;
  /** The JSON text the model wrote. */
  arguments: string;
  result: string | null;
}

export interface MessageDoc {
  _id: Types.ObjectId;
  conversation_id: Types.ObjectId;
  /** The owner, copied from the conversation so ownership can be part of every query. */
  user_id: Types.ObjectId;
  /** Messages form a tree: an edit or a regeneration is a sibling under the same parent. */
  parent_id: Types.ObjectId | null;
  /** Sent by the browser so a double submit is recognised and answered once. */
  client_id: string;
  role: MessageRole;
  /** An assistant reply starts empty and fills while it streams. */
  content: string;
  attachments: Attachment[];
  /** Absent on messages from before tool calls were kept. */
  tool_calls?: ToolCallRecord[];
  metadata: GenerationMetadata;
  is_edited: boolean;
  edit_history: { content: string; edited_at: Date }[];
  /** Absent on messages from before statuses: read them with messageStatus(). */
  status?: MessageStatus;
  /** Set while the answer streams, removed by its last write. */
  lease?: AnswerLease | null;
  /** True for `error` and `interrupted`, for readers that only know failed or not. */
  is_error: boolean;
  error_message: string | null;
  created_at: Date;
}

const attachmentSchema = new Schema<Attachment>(
  {
    type: { type: String, required: true },
    url: { type: String, required: true },
    name: { type: String, required: true },
    size: { type: Number, required: true },
    file_id: { type: String, default: null },
  },
  { _id: false },
);

const toolCallSchema = new Schema<ToolCallRecord>(
  {
    id: { type: String, required: true },
    name: { type: String, required: true },
    arguments: { type: String, default: "" },
    result: { type: String, default: null },
  },
  { _id: false },
);

const editSchema = new Schema<MessageDoc["edit_history"][number]>(
  {
    content: { type: String, required: true },
    edited_at: { type: Date, required: true },
  },
  { _id: false },
);

const messageSchema = new Schema<MessageDoc>(
  {
    conversation_id: { type: Schema.Types.ObjectId, ref: "Conversation", required: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    parent_id: { type: Schema.Types.ObjectId, ref: "Message", default: null },
    client_id: { type: String, required: true, default: () => randomUUID() },
    role: { type: String, enum: MESSAGE_ROLES, required: true },
    content: { type: String, default: "" },
    attachments: { type: [attachmentSchema], default: [] },
    tool_calls: { type: [toolCallSchema], default: undefined },
    metadata: { type: generationMetadataSchema, default: () => ({}) },
    is_edited: { type: Boolean, default: false },
    edit_history: { type: [editSchema], default: [] },
    status: { type: String, enum: MESSAGE_STATUSES, default: "complete" },
    lease: { type: answerLeaseSchema, default: null },
    is_error: { type: Boolean, default: false },
    error_message: { type: String, default: null },
  },
  { collection: "messages", timestamps: { createdAt: "created_at", updatedAt: false } },
);

// A conversation's messages, oldest first; and the message search, newest first.
messageSchema.index({ conversation_id: 1, user_id: 1, created_at: 1, _id: 1 });
messageSchema.index({ user_id: 1, created_at: -1, _id: -1 });
// Unique, so a double submit stores one message. Every message has a
// client_id (the server makes one when the browser sent none) because
// FerretDB has no partial indexes to skip missing ones.
messageSchema.index({ conversation_id: 1, client_id: 1 }, { unique: true });
// Recovery looks for answers still streaming; few are, so this stays small to scan.
messageSchema.index({ status: 1 });

export const Message: Model<MessageDoc> =
  (mongoose.models.Message as Model<MessageDoc> | undefined) ??
  mongoose.model<MessageDoc>("Message", messageSchema);
