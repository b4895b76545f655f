import type { ConversationListItem } from "./data";

interface ConversationGroup {
  /** Stable and id-safe, e.g. "previous-7-days". */
  key: string;
  label: string;
  items: ConversationListItem[];
}

const DAY_MS = 86_400_000;

/** Days between the local midnights of two dates, so "Yesterday" means the calendar day. */
function daysAgo(date: Date, now: Date): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(now) - start(date)) / DAY_MS);
}

function dateLabel(iso: string, now: Date): string {
  const days = daysAgo(new Date(iso), now);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days <= 7) return "Previous 7 days";
  if (days <= 30) return "Previous 30 days";
  return "Older";
}

const ORDER = ["Pinned", "Today", "Yesterday", "Previous 7 days", "Previous 30 days", "Older"];

/** Groups a sorted list (pinned first, then newest) the way ChatGPT's sidebar does, in local time. */
export function groupConversations(
  items: ConversationListItem[],
  now = new Date(),
): ConversationGroup[] {
  const byLabel = new Map<string, ConversationListItem[]>();
  for (const item of items) {
    const label = item.isPinned ? "Pinned" : dateLabel(item.lastMessageAt, now);
    const group = byLabel.get(label);
    if (group) group.push(item);
    else byLabel.set(label, [item]);
  }
  return ORDER.flatMap((label) => {
    const group = byLabel.get(label);
    const key = label.toLowerCase().replaceAll(" ", "-");
    return group ? [{ key, label, items: group }] : [];
  });
}
