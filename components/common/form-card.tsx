import { type FormEvent, type ReactNode, useId } from "react";
import { Card, CardContent, CardFooter, CardIntro } from "@/components/ui/card";
import { SubmitButton } from "./submit-button";

interface FormCardProps {
  title: string;
  description: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  submitLabel: string;
  /** What the button says while the form is sent, e.g. "Saving…". */
  pendingLabel: string;
  /** The button waits for more than the form, e.g. a list it needs. */
  submitDisabled?: boolean;
  children: ReactNode;
}

/** A form in a card: title and description, the fields, and its submit button at the foot. */
export function FormCard({
  title,
  description,
  onSubmit,
  pending,
  submitLabel,
  pendingLabel,
  submitDisabled,
  children,
}: FormCardProps) {
  const titleId = useId();
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
        <CardIntro title={title} description={description} titleId={titleId} />
        <CardContent className="space-y-5">{children}</CardContent>
        <CardFooter className="justify-end border-t px-6 py-4">
          <SubmitButton pending={pending} pendingLabel={pendingLabel} disabled={submitDisabled}>
            {submitLabel}
          </SubmitButton>
        </CardFooter>
      </form>
    </Card>
  );
}
