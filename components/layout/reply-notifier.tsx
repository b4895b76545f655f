"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { replyNoticeFor } from "@/lib/realtime/client/reply-notice";
import { useLiveEvents } from "./live-events";

const BODY_LENGTH = 140;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > BODY_LENGTH ? `${flat.slice(0, BODY_LENGTH - 1)}…` : flat;
}

/**
 * An answer, a comparison or an image that finishes, in this tab or any
 * other, shows as a browser notification while this tab is in the
 * background, when the person turned them on in Settings and the browser
 * allows them. Every background tab hears the same event; the notification's
 * tag makes them one. Clicking it comes back to the conversation.
 */
export function ReplyNotifier({ enabled }: { enabled: boolean }) {
  const t = useTranslations("layout.notices");
  const router = useRouter();
  useLiveEvents((event) => {
    if (!enabled || typeof Notification === "undefined") return;
    if (document.visibilityState !== "hidden" || Notification.permission !== "granted") return;
    const notice = replyNoticeFor(event, t);
    if (!notice) return;
    const notification = new Notification(notice.title, {
      body: clip(notice.body),
      icon: "/icon.svg",
      // One per conversation or comparison: a newer answer replaces the older notice.
      tag: `uni-chat:${notice.href}`,
    });
    notification.onclick = () => {
      window.focus();
      router.push(notice.href);
      notification.close();
    };
  });
  return null;
}
