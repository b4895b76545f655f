"use client";

import { Loader2 } from "lucide-react";
import type { FormEvent, ReactNode } from "react";
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
  /** The dialog's size, when its fields need more room than a short form. */
  className?: string;
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
  pendingLabel = submitLabel,
  pending = false,
  destructive = false,
  error,
  canSubmit = true,
  onSubmit,
  className,
  children,
}: FormDialogProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    if (canSubmit && !pending) onSubmit();
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <DialogContent className={cn("max-w-md", className)}>
        <form onSubmit={submit} className="grid gap-5" noValidate>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          {children}
          {error ? <Alert variant="destructive">{error}</Alert> : null}
          <DialogFooter>
            <Button
              type="button"
              variant="outline"
              disabled={pending}
              onClick={() => onOpenChange(false)}
            >
              Cancel
            </Button>
            <Button
              type="submit"
              variant={destructive ? "destructive" : "default"}
              disabled={!canSubmit || pending}
            >
              {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              {pending ? pendingLabel : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
