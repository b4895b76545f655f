import type { ConversationListItem } from "./data";

// In the order the sidebar shows them; each names its heading's message.
const ORDER = ["pinned", "today", "yesterday", "previous7Days", "previous30Days", "older"] as const;

type GroupKey = (typeof ORDER)[number];

interface ConversationGroup {
  /** Stable and id-safe, e.g. "previous7Days". */
  key: GroupKey;
  items: ConversationListItem[];
}

const DAY_MS = 86_400_000;

/** Days between the local midnights of two dates, so "Yesterday" means the calendar day. */
function daysAgo(date: Date, now: Date): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(now) - start(date)) / DAY_MS);
}

function dateGroup(iso: string, now: Date): GroupKey {
  const days = daysAgo(new Date(iso), now);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days <= 7) return "previous7Days";
  if (days <= 30) return "previous30Days";
  return "older";
}

/** Groups a sorted list (pinned first, then newest) the way ChatGPT's sidebar does, in local time. */
export function groupConversations(
  items: ConversationListItem[],
  now = new Date(),
): ConversationGroup[] {
  const byKey = new Map<GroupKey, ConversationListItem[]>();
  for (const item of items) {
    const key = item.isPinned ? "pinned" : dateGroup(item.lastMessageAt, now);
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return ORDER.flatMap((key) => {
    const group = byKey.get(key);
    return group ? [{ key, items: group }] : [];
  });
}
