"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { cn } from "@/lib/utils";
import { SubmitButton } from "./submit-button";

export interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  submitLabel: string;
  /** The submit button's text while the request runs, e.g. "Saving…". */
  pendingLabel?: string;
  pending?: boolean;
  destructive?: boolean;
  /** The server's refusal, shown in the dialog so the person can correct and retry. */
  error?: string | null;
  /** False while a required field is empty or invalid. */
  canSubmit?: boolean;
  onSubmit: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  /** A line at the foot beside the buttons, e.g. a keyboard shortcut. */
  footnote?: ReactNode;
  /** The dialog's size, when its fields need more room than a short form. */
  className?: string;
  titleClassName?: string;
  /** Where the focus goes when the dialog closes; by default, back where it was. */
  onCloseAutoFocus?: (event: Event) => void;
  /** The fields; none for a plain confirmation. */
  children?: ReactNode;
}

/**
 * A dialog that asks for something and sends it: title, fields, Cancel and
 * the submit button. It stays open while the request runs, so a refusal can
 * be shown where the fields are.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  pendingLabel,
  pending = false,
  destructive = false,
  error,
  canSubmit = true,
  onSubmit,
  onKeyDown,
  footnote,
  className,
  titleClassName,
  onCloseAutoFocus,
  children,
}: FormDialogProps) {
  const t = useTranslations("common");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (canSubmit && !pending) onSubmit();
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <DialogContent className={cn("max-w-md", className)} onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={submit} onKeyDown={onKeyDown} className="grid gap-5" noValidate>
          <DialogHeader>
            <DialogTitle className={titleClassName}>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          {children}
          {error ? <Alert variant="destructive">{error}</Alert> : null}
          <DialogFooter className={footnote ? "sm:items-center" : undefined}>
            {footnote ? (
              <p className="hidden text-xs text-muted-foreground sm:mr-auto sm:block">{footnote}</p>
            ) : null}
            <Button
              type="button"
              variant="outline"
              disabled={pending}
              onClick={() => onOpenChange(false)}
            >
              {t("cancel")}
            </Button>
            <SubmitButton
              variant={destructive ? "destructive" : "default"}
              pending={pending}
              pendingLabel={pendingLabel}
              disabled={!canSubmit}
            >
              {submitLabel}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
