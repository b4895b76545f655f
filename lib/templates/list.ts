import type { SessionUser } from "@/lib/auth/types";
import { escapeRegex } from "@/lib/conversations/search-text";
import { connectDb } from "@/lib/db/connect";
import { visibleTemplates } from "@/lib/templates/access";
import type { TemplateDto } from "@/lib/templates/dto";
import { listCategoriesSchema, listTemplatesSchema } from "@/lib/templates/schemas";
import { toTemplateDto } from "@/lib/templates/to-dto";
import { parseInput } from "@/lib/validation";
import { PromptTemplate } from "@/models/prompt-template";

/** The list is read whole (no pages); this keeps a runaway library from being sent at once. */
export const MAX_LISTED_TEMPLATES = 500;

/** Templates the actor may use, most used first, then by name; filtered by category and words. */
export async function listTemplates(actor: SessionUser, input: unknown): Promise<TemplateDto[]> {
  const { category, q, includeInactive } = parseInput(listTemplatesSchema, input);

  const filter: Record<string, unknown> = { ...visibleTemplates(actor, includeInactive) };
  if (category !== undefined) filter.category = category;
  if (q !== undefined) {
    const pattern = { $regex: escapeRegex(q), $options: "i" };
    filter.$or = [{ name: pattern }, { description: pattern }];
  }

  await connectDb();
  const templates = await PromptTemplate.find(filter)
    .sort({ usage_count: -1, name: 1, _id: 1 })
    .limit(MAX_LISTED_TEMPLATES)
    .lean();
  return templates.map(toTemplateDto);
}

/** The categories of the templates the actor may see, in alphabetical order. */
export async function listCategories(actor: SessionUser, input: unknown = {}): Promise<string[]> {
  const { includeInactive } = parseInput(listCategoriesSchema, input);

  await connectDb();
  const rows = await PromptTemplate.find(visibleTemplates(actor, includeInactive))
    .select("category")
    .lean();
  return [...new Set(rows.map((row) => row.category))].sort((a, b) => a.localeCompare(b));
}
