"use client";

import { useState } from "react";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { useRenameArenaSession } from "./use-session-mutations";

interface RenameSessionDialogProps {
  session: Pick<ArenaSessionSummaryDto, "id" | "title">;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function RenameSessionDialog(props: RenameSessionDialogProps) {
  // Mounted only while open, so each opening starts from the current title.
  return props.open ? <RenameForm {...props} /> : null;
}

function RenameForm({ session, open, onOpenChange }: RenameSessionDialogProps) {
  const rename = useRenameArenaSession();
  const [title, setTitle] = useState(session.title);
  const [error, setError] = useState<string>();

  function submit() {
    const next = title.trim();
    if (!next) {
      setError("Title must not be empty.");
      return;
    }
    if (next === session.title) {
      onOpenChange(false);
      return;
    }
    rename.mutate({ id: session.id, title: next }, { onSuccess: () => onOpenChange(false) });
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Rename comparison"
      description="A short name to find it again in your list."
      submitLabel="Save"
      pending={rename.isPending}
      onSubmit={submit}
    >
      <Field label="Title" error={error}>
        <Input
          value={title}
          maxLength={200}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
    </FormDialog>
  );
}
