/**
 * Runs once when the server starts, inside Next's module graph, where the
 * model catalogue and billing live (server.ts runs before it and outside it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAnswerRecovery } = await import("@/lib/chat/recover-answers");
  const { listenForStops } = await import("@/lib/chat/stop-signal");
  const { listenForArenaStops } = await import("@/lib/arena/stop-signal");
  startAnswerRecovery();
  listenForStops();
  listenForArenaStops();
}
