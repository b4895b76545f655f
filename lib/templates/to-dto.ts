import type { TemplateDto, TemplateSnapshot } from "@/lib/templates/dto";
import type { PromptTemplateDoc } from "@/models/prompt-template";

export function toTemplateDto(doc: PromptTemplateDoc): TemplateDto {
  return {
    id: doc._id.toString(),
    name: doc.name,
    category: doc.category,
    description: doc.description,
    templateText: doc.template_text,
    variables: doc.variables,
    usageCount: doc.usage_count,
    isActive: doc.is_active,
    createdAt: doc.created_at.toISOString(),
    updatedAt: doc.updated_at.toISOString(),
  };
}

export function toTemplateSnapshot(doc: PromptTemplateDoc): TemplateSnapshot {
  return {
    name: doc.name,
    category: doc.category,
    description: doc.description,
    template_text: doc.template_text,
    is_active: doc.is_active,
  };
}
