import type { Messages } from "@/lib/i18n/messages";
import type { LiveEvent } from "../shared/events";

/** A browser notification: a click on it goes to `href`. */
export interface ReplyNotice {
  href: string;
  title: string;
  body: string;
}

/** The notices' words in the reader's language, from layout.notices. */
type Words = (key: keyof Messages["layout"]["notices"]) => string;

/** What a finished answer, comparison or image says; null for anything else, or a stopped answer. */
export function replyNoticeFor(event: LiveEvent, t: Words): ReplyNotice | null {
  switch (event.type) {
    case "message.finished": {
      const href = `/chat/${event.data.conversationId}`;
      switch (event.data.status) {
        case "complete":
          return { href, title: t("answerReady"), body: event.data.preview };
        case "error":
          return { href, title: t("answerFailed"), body: t("retryAnswer") };
        case "interrupted":
          return { href, title: t("answerInterrupted"), body: t("retryAnswer") };
        case "stopped":
          return null;
      }
      return null;
    }
    case "image.finished":
      switch (event.data.status) {
        case "complete":
          return { href: "/images", title: t("imageReady"), body: event.data.preview };
        case "error":
          return { href: "/images", title: t("imageFailed"), body: event.data.preview };
        case "interrupted":
          return { href: "/images", title: t("imageInterrupted"), body: event.data.preview };
        case "stopped":
          return null;
      }
      return null;
    case "arena.finished":
      return {
        href: `/arena/${event.data.sessionId}`,
        title: t("comparisonReady"),
        body: t("comparisonAnswered"),
      };
    default:
      return null;
  }
}
