"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod";
import { PasswordInput } from "@/components/auth/password-input";
import { FormCard } from "@/components/common/form-card";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Field, fieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changeEmailSchema } from "@/lib/account/schemas";
import { ApiError } from "@/lib/http/client";
import { useChangeEmail } from "./data";

const LABELS = { newEmail: "New email", password: "Current password" };
type Errors = Partial<Record<keyof typeof LABELS, string>>;

function errorsOf(fields: Record<string, string[] | undefined> | undefined): Errors {
  return {
    newEmail: fieldMessage(LABELS.newEmail, fields?.newEmail),
    password: fieldMessage(LABELS.password, fields?.password),
  };
}

/** The email changes only once a link mailed to the new address is followed. */
export function EmailForm({ email, mailEnabled }: { email: string; mailEnabled: boolean }) {
  const [values, setValues] = useState({ newEmail: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const change = useChangeEmail();

  function update(name: keyof typeof LABELS, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
    setSentTo(null);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = changeEmailSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(errorsOf(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    change.mutate(parsed.data, {
      onSuccess: () => {
        setSentTo(parsed.data.newEmail);
        setValues({ newEmail: "", password: "" });
        setErrors({});
      },
      onError: (error) => {
        const refusal = error instanceof ApiError ? error : null;
        const shown =
          refusal?.status === 409
            ? { newEmail: "An account with this email already exists." }
            : errorsOf(refusal?.fields);
        setErrors(shown);
        if (!shown.newEmail && !shown.password) toast.error(error.message);
      },
    });
  }

  return (
    <FormCard
      title="Email"
      description={
        <>
          You sign in with <strong className="font-medium text-foreground">{email}</strong>. To
          change it, we email a link to the new address; the change happens when you follow it.
        </>
      }
      onSubmit={handleSubmit}
      pending={change.isPending}
      submitDisabled={!mailEnabled}
      submitLabel="Send confirmation link"
      pendingLabel="Sending…"
    >
      {mailEnabled ? null : (
        <Alert>
          This server cannot send email, so the address cannot be changed here. Ask your
          administrator.
        </Alert>
      )}
      {sentTo ? (
        <Alert variant="success">
          We sent a link to {sentTo}. Follow it within an hour to finish the change; until then you
          keep signing in with {email}.
        </Alert>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={LABELS.newEmail} error={errors.newEmail}>
          <Input
            name="newEmail"
            type="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            disabled={!mailEnabled}
            value={values.newEmail}
            onChange={(e) => update("newEmail", e.target.value)}
          />
        </Field>
        <Field label={LABELS.password} error={errors.password}>
          <PasswordInput
            name="password"
            autoComplete="current-password"
            disabled={!mailEnabled}
            value={values.password}
            onChange={(e) => update("password", e.target.value)}
          />
        </Field>
      </div>
    </FormCard>
  );
}
