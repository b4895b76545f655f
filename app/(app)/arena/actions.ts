"use server";

import { continueArenaPanel } from "@/lib/arena/continue";
import { createArenaSession } from "@/lib/arena/create";
import { deleteArenaSession } from "@/lib/arena/delete";
import type { ArenaSessionDto, ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { renameArenaSession } from "@/lib/arena/rename";
import { stopArena } from "@/lib/arena/stop";
import { voteArena } from "@/lib/arena/vote";
import { requireUser } from "@/lib/auth/current-user";
import { type ActionResult, runAction } from "@/lib/http/action";

// Thin adapters: the services check the user, the input and ownership, as for the REST routes.

export async function createArenaSessionAction(
  input: unknown,
): Promise<ActionResult<ArenaSessionDto>> {
  return runAction(async () => createArenaSession(await requireUser(), input));
}

export async function renameArenaSessionAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ArenaSessionSummaryDto>> {
  return runAction(async () => renameArenaSession(await requireUser(), id, input));
}

export async function deleteArenaSessionAction(id: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await deleteArenaSession(await requireUser(), id);
    return null;
  });
}

export async function voteArenaAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ArenaSessionDto>> {
  return runAction(async () => voteArena(await requireUser(), id, input));
}

export async function stopArenaAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ stopped: number }>> {
  return runAction(async () => stopArena(await requireUser(), id, input));
}

export async function continueArenaPanelAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ conversationId: string }>> {
  return runAction(async () => continueArenaPanel(await requireUser(), id, input));
}
