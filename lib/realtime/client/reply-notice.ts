import type { LiveEvent } from "../shared/events";

/** A browser notification: a click on it goes to `href`. */
export interface ReplyNotice {
  href: string;
  title: string;
  body: string;
}

const RETRY_BODY = "Open the conversation to retry it.";

/** What a finished answer, comparison or image says; null for anything else, or a stopped answer. */
export function replyNoticeFor(event: LiveEvent): ReplyNotice | null {
  switch (event.type) {
    case "message.finished": {
      const href = `/chat/${event.data.conversationId}`;
      switch (event.data.status) {
        case "complete":
          return { href, title: "Your answer is ready", body: event.data.preview };
        case "error":
          return { href, title: "An answer failed", body: RETRY_BODY };
        case "interrupted":
          return { href, title: "An answer was interrupted", body: RETRY_BODY };
        case "stopped":
          return null;
      }
      return null;
    }
    case "image.finished":
      switch (event.data.status) {
        case "complete":
          return { href: "/images", title: "Your image is ready", body: event.data.preview };
        case "error":
          return { href: "/images", title: "An image failed", body: event.data.preview };
        case "interrupted":
          return { href: "/images", title: "An image was interrupted", body: event.data.preview };
        case "stopped":
          return null;
      }
      return null;
    case "arena.finished":
      return {
        href: `/arena/${event.data.sessionId}`,
        title: "Your comparison is ready",
        body: "Every panel has answered.",
      };
    default:
      return null;
  }
}
