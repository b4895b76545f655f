"use server";

import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import { adminUnpublishConfig } from "@/lib/configs/admin-unpublish";
import { duplicateConfig, forkConfig } from "@/lib/configs/copy";
import { createConfig } from "@/lib/configs/create";
import { deleteConfig } from "@/lib/configs/delete";
import type { ConfigDto } from "@/lib/configs/dto";
import { saveConfig, unsaveConfig } from "@/lib/configs/save";
import { publishConfig, unpublishConfig, updateConfig } from "@/lib/configs/update";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";

// Thin adapters: the services check the user, the input and ownership, as for the REST routes.

export async function createConfigAction(input: unknown): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => createConfig(await requireUser(), input));
}

export async function updateConfigAction(
  id: string,
  input: unknown,
): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => updateConfig(await requireUser(), id, input));
}

export async function publishConfigAction(id: string): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => publishConfig(await requireUser(), id));
}

export async function unpublishConfigAction(id: string): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => unpublishConfig(await requireUser(), id));
}

export async function duplicateConfigAction(id: string): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => duplicateConfig(await requireUser(), id));
}

export async function forkConfigAction(id: string): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async () => forkConfig(await requireUser(), id));
}

export async function deleteConfigAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteConfig(await requireUser(), id);
    return null;
  });
}

export async function saveConfigAction(id: string): Promise<ActionResult<{ saved: true }>> {
  return runLimitedAction(async () => saveConfig(await requireUser(), id));
}

export async function unsaveConfigAction(id: string): Promise<ActionResult<{ saved: false }>> {
  return runLimitedAction(async () => unsaveConfig(await requireUser(), id));
}

export async function adminUnpublishConfigAction(id: string): Promise<ActionResult<ConfigDto>> {
  return runLimitedAction(async (audit) => adminUnpublishConfig(await requireAdmin(), id, audit));
}
