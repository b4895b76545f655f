"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("arena.rename");
  const common = useTranslations("common");
  const rename = useRenameArenaSession();
  const [title, setTitle] = useState(session.title);
  const [error, setError] = useState<string>();
  const done = () => onOpenChange(false);

  function submit() {
    const next = title.trim();
    if (!next) {
      setError(t("empty"));
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
      title={t("title")}
      description={t("description")}
      onSubmit={submit}
      pending={rename.isPending}
      submitLabel={common("save")}
    >
      <Field label={t("field")} error={error}>
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
