"use server";

import { requireUser } from "@/lib/auth/current-user";
import { createConversation } from "@/lib/conversations/create";
import { deleteConversation } from "@/lib/conversations/delete";
import type { ConversationDto, FolderDto } from "@/lib/conversations/dto";
import { updateConversation } from "@/lib/conversations/update";
import { createFolder } from "@/lib/folders/create";
import { deleteFolder } from "@/lib/folders/delete";
import { updateFolder } from "@/lib/folders/update";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";

// Thin adapters: the services check the user, the input and ownership, as for the REST routes.

export async function createConversationAction(
  input: unknown,
): Promise<ActionResult<ConversationDto>> {
  return runLimitedAction(async () => createConversation(await requireUser(), input));
}

export async function updateConversationAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ConversationDto>> {
  return runLimitedAction(async () => updateConversation(await requireUser(), id, input));
}

export async function deleteConversationAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteConversation(await requireUser(), id);
    return null;
  });
}

export async function createFolderAction(input: unknown): Promise<ActionResult<FolderDto>> {
  return runLimitedAction(async () => createFolder(await requireUser(), input));
}

export async function updateFolderAction(
  id: string,
  input: unknown,
): Promise<ActionResult<FolderDto>> {
  return runLimitedAction(async () => updateFolder(await requireUser(), id, input));
}

export async function deleteFolderAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteFolder(await requireUser(), id);
    return null;
  });
}
