"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { REPLY_FINISHED, type ReplyFinished } from "@/lib/chat/client/reply-finished";

const BODY_LENGTH = 140;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > BODY_LENGTH ? `${flat.slice(0, BODY_LENGTH - 1)}…` : flat;
}

/**
 * An answer, a comparison or an image that finishes while this tab is in the background shows as a
 * browser notification, when the person turned them on in Settings and the
 * browser allows them. Clicking it comes back to the conversation.
 */
export function ReplyNotifier({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!enabled || typeof Notification === "undefined") return;
    function onFinished(event: Event) {
      const { href, title, body } = (event as CustomEvent<ReplyFinished>).detail;
      if (document.visibilityState !== "hidden" || Notification.permission !== "granted") return;
      const notification = new Notification(title, {
        body: clip(body),
        icon: "/icon.svg",
        // One per conversation or comparison: a newer answer replaces the older notice.
        tag: `uni-chat:${href}`,
      });
      notification.onclick = () => {
        window.focus();
        router.push(href);
        notification.close();
      };
    }
    window.addEventListener(REPLY_FINISHED, onFinished);
    return () => window.removeEventListener(REPLY_FINISHED, onFinished);
  }, [enabled, router]);
  return null;
}
