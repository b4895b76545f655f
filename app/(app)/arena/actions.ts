"use server";

import { continueArenaPanel } from "@/lib/arena/continue";
import { createArenaSession } from "@/lib/arena/create";
import { deleteArenaSession } from "@/lib/arena/delete";
import type { ArenaSessionDto, ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { renameArenaSession } from "@/lib/arena/rename";
import { stopArena } from "@/lib/arena/stop";
import { voteArena } from "@/lib/arena/vote";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";

// Thin adapters: the services check the user, the input and ownership, as for the REST routes.

export async function createArenaSessionAction(
  input: unknown,
): Promise<ActionResult<ArenaSessionDto>> {
  return runLimitedAction(async () => createArenaSession(await requireUser(), input));
}

export async function renameArenaSessionAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ArenaSessionSummaryDto>> {
  return runLimitedAction(async () => renameArenaSession(await requireUser(), id, input));
}

export async function deleteArenaSessionAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteArenaSession(await requireUser(), id);
    return null;
  });
}

export async function voteArenaAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ArenaSessionDto>> {
  return runLimitedAction(async () => voteArena(await requireUser(), id, input));
}

export async function stopArenaAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ stopped: number }>> {
  return runLimitedAction(async () => stopArena(await requireUser(), id, input));
}

export async function continueArenaPanelAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ conversationId: string }>> {
  return runLimitedAction(async () => continueArenaPanel(await requireUser(), id, input));
}
