"use client";

import { useQueryClient } from "@tanstack/react-query";
import {
  createTemplateAction,
  deleteTemplateAction,
  setTemplateActiveAction,
  updateTemplateAction,
} from "@/app/(app)/templates/actions";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { queryKeys } from "@/lib/query-keys";
import type { TemplateDto } from "@/lib/templates/dto";

export interface TemplateInput {
  name: string;
  category: string;
  description: string;
  templateText: string;
  isActive: boolean;
}

/** Every change can move a template in or out of a list or a category: refresh them all. */
function useInvalidateTemplates() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queryKeys.templates.all() });
}

/** Creating and editing wait for the server: the dialog shows its field errors. */
export function useSaveTemplate() {
  const invalidate = useInvalidateTemplates();
  return useServerAction(
    ({ id, input }: { id?: string; input: TemplateInput }) =>
      id ? updateTemplateAction(id, input) : createTemplateAction(input),
    {
      onSettled: invalidate,
    },
  );
}

export function useSetTemplateActive() {
  const invalidate = useInvalidateTemplates();
  return useServerAction(
    ({ template, isActive }: { template: TemplateDto; isActive: boolean }) =>
      setTemplateActiveAction(template.id, isActive),
    {
      onSuccess: (saved) =>
        toast.success(
          saved.isActive
            ? `"${saved.name}" is shown to everyone again.`
            : `"${saved.name}" is hidden from users.`,
        ),
      onError: (error, { template }) =>
        toast.error(`Could not change "${template.name}".`, { description: errorMessage(error) }),
      onSettled: invalidate,
    },
  );
}

export function useDeleteTemplate() {
  const invalidate = useInvalidateTemplates();
  return useServerAction((template: TemplateDto) => deleteTemplateAction(template.id), {
    onSuccess: (_data, template) => toast.success(`"${template.name}" deleted.`),
    onError: (error, template) =>
      toast.error(`Could not delete "${template.name}".`, { description: errorMessage(error) }),
    onSettled: invalidate,
  });
}
