import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { cn } from "@/lib/utils";
import { SubmitButton } from "./submit-button";

interface DialogFormProps {
  title: ReactNode;
  description: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  pending?: boolean;
  submitLabel: string;
  /** What the button says while the form is sent, e.g. "Saving…". */
  pendingLabel?: string;
  submitDisabled?: boolean;
  /** A line at the foot beside the buttons, e.g. a keyboard shortcut. */
  footnote?: ReactNode;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}

/** A dialog's form: title and description, the fields, then Cancel and submit. Goes in DialogContent. */
export function DialogForm({
  title,
  description,
  onSubmit,
  onKeyDown,
  pending = false,
  submitLabel,
  pendingLabel,
  submitDisabled,
  footnote,
  className,
  titleClassName,
  children,
}: DialogFormProps) {
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      className={cn("grid gap-5", className)}
    >
      <DialogHeader>
        <DialogTitle className={titleClassName}>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      {children}
      <DialogFooter className={footnote ? "sm:items-center" : undefined}>
        {footnote ? (
          <p className="hidden text-xs text-muted-foreground sm:mr-auto sm:block">{footnote}</p>
        ) : null}
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={pending} pendingLabel={pendingLabel} disabled={submitDisabled}>
          {submitLabel}
        </SubmitButton>
      </DialogFooter>
    </form>
  );
}
