import type { AdminContext } from "@/lib/audit/record";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { AppError } from "@/lib/errors";
import { auditTemplate } from "@/lib/templates/audit";
import type { TemplateDto } from "@/lib/templates/dto";
import { setTemplateActiveSchema, updateTemplateSchema } from "@/lib/templates/schemas";
import { toTemplateDto } from "@/lib/templates/to-dto";
import { extractVariables } from "@/lib/templates/variables";
import { parseInput } from "@/lib/validation";
import { PromptTemplate, type PromptTemplateDoc } from "@/models/prompt-template";

type Changes = Partial<
  Pick<
    PromptTemplateDoc,
    "name" | "category" | "description" | "template_text" | "variables" | "is_active"
  >
>;

/** The changed fields as they were and as they are now, for the audit entry. */
function diff(before: PromptTemplateDoc, set: Changes) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) {
    was[key] = before[key as keyof Changes];
    now[key] = value;
  }
  return { was, now };
}

/**
 * Applies `set` and records it. The document is read as it was by the update
 * itself, so the audit entry's "before" is exactly what was replaced.
 */
async function applyChanges(
  actor: SessionUser,
  id: string,
  set: Changes,
  context: AdminContext,
  action: "template.update" | "template.activate" | "template.deactivate",
): Promise<TemplateDto> {
  if (Object.keys(set).length === 0) {
    return toTemplateDto(
      await findOwned("template", id, (_id) => PromptTemplate.findById(_id).lean()),
    );
  }
  const before = await findOwned("template", id, (_id) =>
    PromptTemplate.findOneAndUpdate({ _id }, { $set: set }, { returnDocument: "before" }).lean(),
  );
  const { was, now } = diff(before, set);
  await auditTemplate(actor, context, action, before._id, was, now);
  const after = await PromptTemplate.findById(before._id).lean();
  if (!after) throw AppError.notFound("template");
  return toTemplateDto(after);
}

/** Changes any of a template's fields; a new text gets its variables extracted again. */
export async function updateTemplate(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<TemplateDto> {
  assertAdmin(actor);
  const { name, category, description, templateText, isActive } = parseInput(
    updateTemplateSchema,
    input,
  );

  const set: Changes = {};
  if (name !== undefined) set.name = name;
  if (category !== undefined) set.category = category;
  if (description !== undefined) set.description = description;
  if (templateText !== undefined) {
    set.template_text = templateText;
    set.variables = extractVariables(templateText);
  }
  if (isActive !== undefined) set.is_active = isActive;
  return applyChanges(actor, id, set, context, "template.update");
}

/** Shows a template to users again, or hides it from them (admins still see it). */
export async function setTemplateActive(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<TemplateDto> {
  assertAdmin(actor);
  const { isActive } = parseInput(setTemplateActiveSchema, input);
  return applyChanges(
    actor,
    id,
    { is_active: isActive },
    context,
    isActive ? "template.activate" : "template.deactivate",
  );
}
