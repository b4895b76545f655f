import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { visibleTemplates } from "@/lib/templates/access";
import type { TemplateDto } from "@/lib/templates/dto";
import { toTemplateDto } from "@/lib/templates/to-dto";
import { PromptTemplate, type PromptTemplateDoc } from "@/models/prompt-template";

/** A template the actor may see, or a 404 (an inactive one, for a user, is not there). */
export async function findVisibleTemplate(
  actor: SessionUser,
  id: string,
): Promise<PromptTemplateDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("template");

  await connectDb();
  const template = await PromptTemplate.findOne({ _id, ...visibleTemplates(actor) }).lean();
  if (!template) throw AppError.notFound("template");
  return template;
}

export async function getTemplate(actor: SessionUser, id: string): Promise<TemplateDto> {
  return toTemplateDto(await findVisibleTemplate(actor, id));
}
