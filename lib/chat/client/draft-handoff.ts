const DRAFT_HANDOFF_KEY = "uni-chat:draft-handoff";

/**
 * How long a handed-off draft waits for the chat page. It is meant for the
 * page being opened right now; one left behind by a navigation that never
 * happened must not turn up in some later chat.
 */
const HANDOFF_TTL_MS = 60_000;

interface Handoff {
  text: string;
  at: number;
}

function isHandoff(value: unknown): value is Handoff {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Handoff).text === "string" &&
    typeof (value as Handoff).at === "number"
  );
}

/**
 * Leaves text for the message box of the next chat page this tab opens, e.g.
 * a template filled on /templates. Session storage keeps it to this tab.
 */
export function handOffDraft(text: string, now = Date.now()): void {
  try {
    window.sessionStorage.setItem(DRAFT_HANDOFF_KEY, JSON.stringify({ text, at: now }));
  } catch {
    // Storage unavailable or full: the chat opens with an empty box.
  }
}

/** The text left for the message box, once: taking it removes it. */
export function takeDraftHandoff(now = Date.now()): string | null {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(DRAFT_HANDOFF_KEY);
    window.sessionStorage.removeItem(DRAFT_HANDOFF_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let handoff: unknown;
  try {
    handoff = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isHandoff(handoff) || now - handoff.at > HANDOFF_TTL_MS) return null;
  return handoff.text;
}
