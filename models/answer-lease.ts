import { Schema } from "mongoose";

/**
 * An answer's life: `streaming` while a process writes it, then one of the
 * final states. `interrupted` is an answer whose process died or was shut
 * down before it ended; it keeps the text last checkpointed.
 */
export const MESSAGE_STATUSES = [
  "streaming",
  "complete",
  "stopped",
  "error",
  "interrupted",
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** A message's status; older documents have none and were complete unless marked as failed. */
export function messageStatus(doc: { status?: MessageStatus; is_error: boolean }): MessageStatus {
  return doc.status ?? (doc.is_error ? "error" : "complete");
}

/** What a streaming answer holds so another process can finish it if its own dies. */
export interface AnswerLease {
  /** Past this time the answer's process is taken for dead. */
  until: Date;
  /** The process writing the answer (host, pid and a random start id). */
  owner: string;
  /** The tokens and cost reserved for the call, settled when the answer ends. */
  reserved_tokens: number;
  reserved_usd: number;
  /** The UTC month reserved_usd is held in. */
  month: string | null;
  /** The prompt's estimate, billed for an answer that ends without the provider's count. */
  prompt_tokens_estimate: number;
  /** Whether this exchange stored a new user message, counted when the answer ends. */
  new_user_message: boolean;
}

export const answerLeaseSchema = new Schema<AnswerLease>(
  {
    until: { type: Date, required: true },
    owner: { type: String, required: true },
    reserved_tokens: { type: Number, default: 0 },
    reserved_usd: { type: Number, default: 0 },
    month: { type: String, default: null },
    prompt_tokens_estimate: { type: Number, default: 0 },
    new_user_message: { type: Boolean, default: false },
  },
  { _id: false },
);
