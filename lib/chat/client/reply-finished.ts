/** The window event a chat thread fires when an answer ends, for the notifier to hear. */
export const REPLY_FINISHED = "uni-chat:reply-finished";

export interface ReplyFinished {
  conversationId: string;
  text: string;
  failed: boolean;
}

export function announceReplyFinished(detail: ReplyFinished): void {
  window.dispatchEvent(new CustomEvent<ReplyFinished>(REPLY_FINISHED, { detail }));
}
