import { apiFetch } from "@/lib/http/client";
import type { TemplateDto } from "@/lib/templates/dto";

export interface TemplateFilter {
  category?: string;
  q?: string;
  /** Admins only: inactive templates too. */
  includeInactive?: boolean;
}

export async function fetchTemplates(
  filter: TemplateFilter,
  signal?: AbortSignal,
): Promise<TemplateDto[]> {
  const params = new URLSearchParams();
  if (filter.category) params.set("category", filter.category);
  if (filter.q) params.set("q", filter.q);
  if (filter.includeInactive) params.set("includeInactive", "true");
  const page = await apiFetch<{ items: TemplateDto[] }>(`/api/templates?${params}`, { signal });
  return page.items;
}

export async function fetchTemplateCategories(
  includeInactive: boolean,
  signal?: AbortSignal,
): Promise<string[]> {
  const params = includeInactive ? "?includeInactive=true" : "";
  const body = await apiFetch<{ items: string[] }>(`/api/templates/categories${params}`, {
    signal,
  });
  return body.items;
}
