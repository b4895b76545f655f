"use client";

import { useState } from "react";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { useRenameArenaSession } from "./data";

interface RenameSessionDialogProps {
  session: Pick<ArenaSessionSummaryDto, "id" | "title">;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function RenameSessionDialog({ session, open, onOpenChange }: RenameSessionDialogProps) {
  // Mounted only while open, so each opening starts from the current title.
  return open ? <RenameForm session={session} onOpenChange={onOpenChange} /> : null;
}

function RenameForm({ session, onOpenChange }: Omit<RenameSessionDialogProps, "open">) {
  const rename = useRenameArenaSession();
  const [title, setTitle] = useState(session.title);
  const [error, setError] = useState<string>();
  const done = () => onOpenChange(false);

  function submit() {
    const next = title.trim();
    if (!next) {
      setError("Title must not be empty.");
      return;
    }
    if (next === session.title) {
      done();
      return;
    }
    rename.mutate({ id: session.id, title: next }, { onSuccess: done });
  }

  return (
    <FormDialog
      open
      onOpenChange={onOpenChange}
      title="Rename comparison"
      description="A short name to find it again in your list."
      onSubmit={submit}
      pending={rename.isPending}
      submitLabel="Save"
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
