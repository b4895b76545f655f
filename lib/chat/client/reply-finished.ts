/** The window event fired when an answer, a comparison or an image is done, for the notifier to hear. */
export const REPLY_FINISHED = "uni-chat:reply-finished";

export interface ReplyFinished {
  /** Where the answer is: a click on the notification goes there. */
  href: string;
  title: string;
  body: string;
}

export function announceReplyFinished(detail: ReplyFinished): void {
  window.dispatchEvent(new CustomEvent<ReplyFinished>(REPLY_FINISHED, { detail }));
}

/** What a chat answer's notification says. */
export function chatReplyFinished(conversationId: string, text: string, failed: boolean) {
  announceReplyFinished({
    href: `/chat/${conversationId}`,
    title: failed ? "An answer failed" : "Your answer is ready",
    body: failed ? "Open the conversation to retry it." : text,
  });
}
