import type { AdminContext } from "@/lib/audit/record";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { auditTemplate } from "@/lib/templates/audit";
import type { TemplateDto } from "@/lib/templates/dto";
import { createTemplateSchema } from "@/lib/templates/schemas";
import { toTemplateDto, toTemplateSnapshot } from "@/lib/templates/to-dto";
import { extractVariables } from "@/lib/templates/variables";
import { parseInput } from "@/lib/validation";
import { PromptTemplate } from "@/models/prompt-template";

export async function createTemplate(
  actor: SessionUser,
  input: unknown,
  context: AdminContext,
): Promise<TemplateDto> {
  assertAdmin(actor);
  const { name, category, description, templateText, isActive } = parseInput(
    createTemplateSchema,
    input,
  );

  await connectDb();
  const template = (
    await PromptTemplate.create({
      name,
      category,
      description,
      template_text: templateText,
      variables: extractVariables(templateText),
      is_active: isActive,
      created_by: actor.id,
    })
  ).toObject();
  await auditTemplate(
    actor,
    context,
    "template.create",
    template._id,
    null,
    toTemplateSnapshot(template),
  );
  return toTemplateDto(template);
}
