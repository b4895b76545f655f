"use server";

import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";
import { createTemplate } from "@/lib/templates/create";
import { deleteTemplate } from "@/lib/templates/delete";
import type { TemplateDto } from "@/lib/templates/dto";
import { setTemplateActive, updateTemplate } from "@/lib/templates/update";
// Renamed here: the service is not a React hook, and the linter would read it as one.
import { useTemplate as fillTemplate } from "@/lib/templates/use";

// Thin adapters: the services check the role and the input, as for the REST routes.

export async function useTemplateAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ text: string }>> {
  return runLimitedAction(async () => fillTemplate(await requireUser(), id, input));
}

export async function createTemplateAction(input: unknown): Promise<ActionResult<TemplateDto>> {
  return runLimitedAction(async (audit) => createTemplate(await requireAdmin(), input, audit));
}

export async function updateTemplateAction(
  id: string,
  input: unknown,
): Promise<ActionResult<TemplateDto>> {
  return runLimitedAction(async (audit) => updateTemplate(await requireAdmin(), id, input, audit));
}

export async function setTemplateActiveAction(
  id: string,
  isActive: boolean,
): Promise<ActionResult<TemplateDto>> {
  return runLimitedAction(async (audit) =>
    setTemplateActive(await requireAdmin(), id, { isActive }, audit),
  );
}

export async function deleteTemplateAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async (audit) => {
    await deleteTemplate(await requireAdmin(), id, audit);
    return null;
  });
}
