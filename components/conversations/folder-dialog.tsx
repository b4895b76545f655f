"use client";

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
const LABELS = { name: "Name", color: "Colour", icon: "Icon" } as const;

export function FolderDialog({ open, onOpenChange, folder }: FolderDialogProps) {
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
      toast.success(folder ? "Folder saved." : `Folder "${values.name.trim()}" created.`);
      onOpenChange(false);
    } catch (error) {
      const fields = fieldErrorsFor(
        error instanceof ActionError ? error.fields : undefined,
        LABELS,
      );
      setErrors(fields);
      toast.error(folder ? "Could not save the folder." : "Could not create the folder.", {
        description: failureMessage(errorMessage(error), fields),
      });
    }
  }

  const set = (patch: Partial<FolderInput>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={folder ? "Edit folder" : "New folder"}
      description="Keep related conversations together. Drag a conversation onto a folder to move it."
      onSubmit={() => void submit()}
      pending={pending}
      submitLabel={folder ? "Save" : "Create folder"}
      pendingLabel="Saving…"
      canSubmit={!!values.name.trim()}
    >
      <Field label="Name" error={errors.name}>
        <Input
          value={values.name}
          maxLength={60}
          autoFocus
          placeholder="e.g. Work"
          onChange={(event) => set({ name: event.target.value })}
        />
      </Field>
      <ColorPicker value={values.color} onChange={(color) => set({ color })} error={errors.color} />
      <IconPicker value={values.icon} onChange={(icon) => set({ icon })} error={errors.icon} />
    </FormDialog>
  );
}
