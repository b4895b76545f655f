const DRAFTS_KEY = "uni-chat:drafts";

/** Enough for every conversation a person has open in a day; the oldest go first. */
const MAX_DRAFTS = 50;

type Drafts = Record<string, { text: string; at: number }>;

/**
 * Unsent text, per conversation ("new" for a chat not started yet), kept in
 * this tab's session storage: it survives switching conversations and a
 * reload, and is gone with the tab or at sign-out.
 */
function readDrafts(): Drafts {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(DRAFTS_KEY) ?? "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        ([, draft]) =>
          typeof draft?.text === "string" && typeof draft?.at === "number" && draft.text !== "",
      ),
    ) as Drafts;
  } catch {
    return {};
  }
}

export function loadDraft(key: string): string {
  return readDrafts()[key]?.text ?? "";
}

/** Keeps `text` as the draft for `key`; empty text removes it. */
export function saveDraft(key: string, text: string, now = Date.now()): void {
  const drafts = readDrafts();
  if (text.trim() === "") delete drafts[key];
  else drafts[key] = { text, at: now };
  const kept = Object.entries(drafts)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_DRAFTS);
  try {
    window.sessionStorage.setItem(DRAFTS_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage unavailable or full: the draft lives only as long as the page.
  }
}

export function clearDrafts(): void {
  try {
    window.sessionStorage.removeItem(DRAFTS_KEY);
  } catch {
    // Nothing was kept.
  }
}
