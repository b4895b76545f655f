import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { visibleTemplates } from "@/lib/templates/access";
import type { TemplateDto } from "@/lib/templates/dto";
import { toTemplateDto } from "@/lib/templates/to-dto";
import { PromptTemplate, type PromptTemplateDoc } from "@/models/prompt-template";

/** A template the actor may see, or a 404 (an inactive one, for a user, is not there). */
export async function findVisibleTemplate(
  actor: SessionUser,
  id: string,
): Promise<PromptTemplateDoc> {
  return findOwned("template", id, (_id) =>
    PromptTemplate.findOne({ _id, ...visibleTemplates(actor) }).lean(),
  );
}

export async function getTemplate(actor: SessionUser, id: string): Promise<TemplateDto> {
  return toTemplateDto(await findVisibleTemplate(actor, id));
}
