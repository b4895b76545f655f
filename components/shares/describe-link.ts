import { formatDate } from "@/components/common/format";
import type { ShareLinkDto } from "@/lib/shares/dto";

/** "Copy of 5 Mar 2025 · 12 messages · expires 12 Mar 2025", as the dialog and Settings show it. */
export function describeLink(link: ShareLinkDto): string {
  const expiry = link.expiresAt
    ? `${link.status === "expired" ? "expired" : "expires"} ${formatDate(link.expiresAt)}`
    : "never expires";
  const messages = `${link.messageCount} message${link.messageCount === 1 ? "" : "s"}`;
  return `Copy of ${formatDate(link.snapshotAt)} · ${messages} · ${expiry}`;
}
