import type { SessionUser } from "@/lib/auth/types";
import { parseInput } from "@/lib/validation";
import { findOwnedSession } from "./access";
import { stopArenaSchema } from "./schemas";
import { stopArenaAnywhere } from "./stop-signal";

/**
 * Stops one panel or every panel still running, on whichever instance runs
 * them; each keeps its partial answer, as far as the browser says it was
 * shown. `stopped` counts the panels this
 * instance stopped: a turn running elsewhere is told to stop and counts 0.
 */
export async function stopArena(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<{ stopped: number }> {
  const { panel, shown } = parseInput(stopArenaSchema, input);
  const session = await findOwnedSession(actor, id);
  const stopped = await stopArenaAnywhere({
    sessionId: session._id.toString(),
    panel: panel ?? null,
    shown: shown ?? null,
    userId: actor.id,
  });
  return { stopped };
}
