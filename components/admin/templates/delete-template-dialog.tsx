"use client";

import { ConfirmDialog } from "@/components/common/confirm-dialog";
import type { TemplateDto } from "@/lib/templates/dto";
import { useDeleteTemplate } from "../data";

interface DeleteTemplateDialogProps {
  template: TemplateDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteTemplateDialog({ template, open, onOpenChange }: DeleteTemplateDialogProps) {
  const remove = useDeleteTemplate();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Delete this template?"
      description={`“${template.name}” will be gone for everyone. Messages already written with it are not changed. To keep it but stop offering it, hide it instead.`}
      confirmLabel="Delete"
      onConfirm={() => remove.mutate(template)}
    />
  );
}
