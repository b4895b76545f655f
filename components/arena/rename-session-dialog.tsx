"use client";

import { type FormEvent, useState } from "react";
import { DialogForm } from "@/components/common/dialog-form";
import { Dialog, DialogContent } from "@/components/ui/dialog";
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
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md">
        {/* Mounted only while open, so each opening starts from the current title. */}
        {open ? <RenameForm session={session} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RenameForm({
  session,
  onDone,
}: {
  session: RenameSessionDialogProps["session"];
  onDone: () => void;
}) {
  const rename = useRenameArenaSession();
  const [title, setTitle] = useState(session.title);
  const [error, setError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = title.trim();
    if (!next) {
      setError("Title must not be empty.");
      return;
    }
    if (next === session.title) {
      onDone();
      return;
    }
    rename.mutate({ id: session.id, title: next }, { onSuccess: onDone });
  }

  return (
    <DialogForm
      title="Rename comparison"
      description="A short name to find it again in your list."
      onSubmit={handleSubmit}
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
    </DialogForm>
  );
}
