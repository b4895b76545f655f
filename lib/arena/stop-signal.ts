import { stopGeneration } from "@/lib/chat/generation-registry";
import { bus } from "@/lib/realtime/bus";
import { runningPanels } from "./running";

const CHANNEL = "arena:stop";

interface ArenaStopMessage {
  sessionId: string;
  panel: number | null;
  /** How much of each panel's reply its person saw, by panel (see Generation.shown). */
  shown: number[] | null;
  userId: string;
}

function isArenaStop(message: unknown): message is ArenaStopMessage {
  const { sessionId, panel, shown, userId } = (message ?? {}) as Partial<ArenaStopMessage>;
  return (
    typeof sessionId === "string" &&
    typeof userId === "string" &&
    (panel === null || typeof panel === "number") &&
    (shown === null || (Array.isArray(shown) && shown.every((n) => typeof n === "number")))
  );
}

/** Stops the panels of the session running in this process; how many. */
function stopHere({ sessionId, panel, shown, userId }: ArenaStopMessage): number {
  const running = runningPanels(sessionId, panel ?? undefined);
  return running.filter((run) => stopGeneration(run.messageId, userId, shown?.[run.panel])).length;
}

const store = globalThis as typeof globalThis & { __uniChatArenaStopListener?: () => void };

/** Listens, once per process, for arena stops pressed on another instance. */
export function listenForArenaStops(): void {
  store.__uniChatArenaStopListener ??= bus().subscribe(CHANNEL, (message) => {
    if (isArenaStop(message)) stopHere(message);
  });
}

/**
 * Stops a session's panels wherever its turn runs: here at once, else
 * through the bus on the instance that runs it (a turn runs all its panels
 * in one process). Returns how many stopped here.
 */
export async function stopArenaAnywhere(message: ArenaStopMessage): Promise<number> {
  const stopped = stopHere(message);
  if (stopped > 0) return stopped;
  listenForArenaStops();
  await bus().publish(CHANNEL, message);
  return 0;
}
