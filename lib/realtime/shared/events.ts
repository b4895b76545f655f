/**
 * What the events channel (`GET /api/events`) tells a signed-in tab, by
 * event name: which things changed, by id. The tab reads what changed from
 * the usual routes; an event never carries more than a notification shows.
 */
export interface LiveEventData {
  /** Created, renamed, moved, pinned, archived, retitled or a message deleted. */
  "conversation.updated": { conversationId: string };
  "conversation.deleted": { conversationId: string };
  "message.started": { conversationId: string; messageId: string };
  "message.finished": {
    conversationId: string;
    messageId: string;
    status: "complete" | "stopped" | "error" | "interrupted";
    /** The answer's first words, for a browser notification. */
    preview: string;
  };
  /** An image is being made: GET /api/images/jobs lists it until it finishes. */
  "image.started": { jobId: string };
  "image.finished": {
    jobId: string;
    /** Null when the generation failed or was stopped and nothing was kept. */
    imageId: string | null;
    status: "complete" | "stopped" | "error" | "interrupted";
    /** The prompt, or what went wrong. */
    preview: string;
  };
  "arena.finished": { sessionId: string };
  /** The last event of a connection: the tab's session has ended. */
  "account.signed_out": { reason: SignOutReason };
}

export type SignOutReason =
  | "banned"
  | "role_changed"
  | "signed_out"
  | "password_changed"
  | "revoked"
  | "deleted";

export type LiveEventType = keyof LiveEventData;

export const LIVE_EVENT_TYPES = [
  "conversation.updated",
  "conversation.deleted",
  "message.started",
  "message.finished",
  "image.started",
  "image.finished",
  "arena.finished",
  "account.signed_out",
] as const satisfies readonly LiveEventType[];

export type LiveEvent = {
  [T in LiveEventType]: { id: string; type: T; data: LiveEventData[T] };
}[LiveEventType];
