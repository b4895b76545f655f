import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { visibleTemplates } from "@/lib/templates/access";
import { findVisibleTemplate } from "@/lib/templates/get";
import { renderTemplate } from "@/lib/templates/render";
import { useTemplateSchema } from "@/lib/templates/schemas";
import { parseInput } from "@/lib/validation";
import { PromptTemplate } from "@/models/prompt-template";

/**
 * Fills a template's variables with the actor's values (literally: see
 * renderTemplate) and counts one use. The count is one `$inc`, so
 * concurrent uses each add one.
 */
export async function useTemplate(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<{ text: string }> {
  const { values } = parseInput(useTemplateSchema, input);
  const template = await findVisibleTemplate(actor, id);
  const text = renderTemplate(template.template_text, values);

  const { matchedCount } = await PromptTemplate.updateOne(
    { _id: template._id, ...visibleTemplates(actor) },
    { $inc: { usage_count: 1 } },
  );
  // Deleted or hidden between the read and the count: it is gone for this user.
  if (matchedCount === 0) throw AppError.notFound("template");
  return { text };
}
