"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { ShareLinkDto } from "@/lib/shares/dto";

/** "Copy of 5 Mar 2025 · 12 messages · expires 12 Mar 2025", as the dialog and Settings show it. */
export function LinkSummary({ link }: { link: ShareLinkDto }) {
  const t = useTranslations("shares.summary");
  const f = useFormat();
  const expiry = link.expiresAt
    ? t(link.status === "expired" ? "expired" : "expires", { date: f.date(link.expiresAt) })
    : t("neverExpires");
  const parts = [
    t("copyOf", { date: f.date(link.snapshotAt) }),
    t("messages", { count: link.messageCount }),
    expiry,
  ];
  return <p className="text-xs text-muted-foreground">{parts.join(" · ")}</p>;
}
