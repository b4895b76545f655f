"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { failureMessage, fieldErrorsFor } from "@/components/common/field-errors";
import { FormDialog } from "@/components/common/form-dialog";
import { ActionError, errorMessage } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FolderDto } from "@/lib/conversations/dto";
import { type FolderInput, useCreateFolder, useUpdateFolder } from "./data";
import { ColorPicker, IconPicker } from "./folder-pickers";

interface FolderDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The folder to edit; without it the dialog creates one. */
  folder?: FolderDto;
}

const EMPTY: FolderInput = { name: "", color: "blue", icon: "" };

export function FolderDialog({ open, onOpenChange, folder }: FolderDialogProps) {
  const t = useTranslations("conversations.folderDialog");
  const common = useTranslations("common");
  const labels = { name: t("name"), color: t("color"), icon: t("icon") };
  const create = useCreateFolder();
  const update = useUpdateFolder();
  const [values, setValues] = useState<FolderInput>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof FolderInput, string>>>({});
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    setValues(folder ? { name: folder.name, color: folder.color, icon: folder.icon } : EMPTY);
    setErrors({});
  }, [open, folder]);

  async function submit() {
    try {
      if (folder) await update.mutateAsync({ id: folder.id, input: values });
      else await create.mutateAsync(values);
      toast.success(folder ? t("saved") : t("created", { name: values.name.trim() }));
      onOpenChange(false);
    } catch (error) {
      const fields = fieldErrorsFor(
        error instanceof ActionError ? error.fields : undefined,
        labels,
      );
      setErrors(fields);
      toast.error(t(folder ? "saveFailed" : "createFailed"), {
        description: failureMessage(errorMessage(error), fields),
      });
    }
  }

  const set = (patch: Partial<FolderInput>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(folder ? "editTitle" : "newTitle")}
      description={t("description")}
      onSubmit={() => void submit()}
      pending={pending}
      submitLabel={folder ? common("save") : t("create")}
      pendingLabel={common("saving")}
      canSubmit={!!values.name.trim()}
    >
      <Field label={labels.name} error={errors.name}>
        <Input
          value={values.name}
          maxLength={60}
          autoFocus
          placeholder={t("namePlaceholder")}
          onChange={(event) => set({ name: event.target.value })}
        />
      </Field>
      <ColorPicker value={values.color} onChange={(color) => set({ color })} error={errors.color} />
      <IconPicker value={values.icon} onChange={(icon) => set({ icon })} error={errors.icon} />
    </FormDialog>
  );
}
