import type { SessionUser } from "@/lib/auth/types";
import { stopGeneration } from "@/lib/chat/generation-registry";
import { parseInput } from "@/lib/validation";
import { findOwnedSession } from "./access";
import { runningPanels } from "./running";
import { stopArenaSchema } from "./schemas";

/** Stops one panel or every panel still running; each keeps its partial answer. */
export async function stopArena(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<{ stopped: number }> {
  const { panel } = parseInput(stopArenaSchema, input);
  const session = await findOwnedSession(actor, id);
  const ids = runningPanels(session._id.toString(), panel);
  const stopped = ids.filter((messageId) => stopGeneration(messageId, actor.id)).length;
  return { stopped };
}
