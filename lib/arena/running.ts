/**
 * The arena replies being generated in this process, by session and panel,
 * so Stop can name a panel instead of a message id. The generation registry
 * does the stopping; this only finds the ids.
 */
const store = globalThis as typeof globalThis & {
  __uniChatArenaRuns?: Map<string, Map<number, string>>;
};
store.__uniChatArenaRuns ??= new Map();
const running = store.__uniChatArenaRuns;

export function trackPanel(sessionId: string, panel: number, messageId: string): void {
  const panels = running.get(sessionId) ?? new Map<number, string>();
  panels.set(panel, messageId);
  running.set(sessionId, panels);
}

export function untrackPanel(sessionId: string, panel: number, messageId: string): void {
  const panels = running.get(sessionId);
  if (panels?.get(panel) !== messageId) return;
  panels.delete(panel);
  if (panels.size === 0) running.delete(sessionId);
}

/** The replies running in a session: one panel's, or all. */
export function runningPanels(
  sessionId: string,
  panel?: number,
): { panel: number; messageId: string }[] {
  const panels = running.get(sessionId);
  if (!panels) return [];
  const all = [...panels].map(([index, messageId]) => ({ panel: index, messageId }));
  return panel === undefined ? all : all.filter((run) => run.panel === panel);
}
