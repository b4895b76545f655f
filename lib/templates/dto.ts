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

/** The fields an audit entry records for a template. */
export type TemplateSnapshot = Pick<
  PromptTemplateDoc,
  "name" | "category" | "description" | "template_text" | "is_active"
>;
