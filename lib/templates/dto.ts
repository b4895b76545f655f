import type { PromptTemplateDoc } from "@/models/prompt-template";

export interface TemplateDto {
  id: string;
  name: string;
  category: string;
  description: string;
  templateText: string;
  variables: string[];
  usageCount: number;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

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

/** The fields an audit entry records for a template. */
export type TemplateSnapshot = Pick<
  PromptTemplateDoc,
  "name" | "category" | "description" | "template_text" | "is_active"
>;

export function toTemplateSnapshot(doc: PromptTemplateDoc): TemplateSnapshot {
  return {
    name: doc.name,
    category: doc.category,
    description: doc.description,
    template_text: doc.template_text,
    is_active: doc.is_active,
  };
}
