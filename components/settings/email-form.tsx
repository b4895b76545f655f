"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { z } from "zod";
import { PasswordInput } from "@/components/auth/password-input";
import { fieldErrorsFor } from "@/components/common/field-errors";
import { FormCard } from "@/components/common/form-card";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changeEmailSchema } from "@/lib/account/schemas";
import { ApiError } from "@/lib/http/client";
import { useChangeEmail } from "./data";

type FieldName = "newEmail" | "password";
type Errors = Partial<Record<FieldName, string>>;

/** The email changes only once a link mailed to the new address is followed. */
export function EmailForm({ email, mailEnabled }: { email: string; mailEnabled: boolean }) {
  const t = useTranslations("settings.email");
  const labels: Record<FieldName, string> = { newEmail: t("newEmail"), password: t("password") };
  const errorsOf = (fields: Record<string, string[] | undefined> | undefined): Errors =>
    fieldErrorsFor(fields, labels);
  const [values, setValues] = useState({ newEmail: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const change = useChangeEmail();

  function update(name: FieldName, value: string) {
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
          refusal?.status === 409 ? { newEmail: t("taken") } : errorsOf(refusal?.fields);
        setErrors(shown);
        if (!shown.newEmail && !shown.password) toast.error(error.message);
      },
    });
  }

  return (
    <FormCard
      title={t("title")}
      description={t.rich("description", {
        email,
        strong: (chunks) => <strong className="font-medium text-foreground">{chunks}</strong>,
      })}
      onSubmit={handleSubmit}
      pending={change.isPending}
      submitDisabled={!mailEnabled}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
    >
      {mailEnabled ? null : <Alert>{t("noMail")}</Alert>}
      {sentTo ? <Alert variant="success">{t("sent", { newEmail: sentTo, email })}</Alert> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={labels.newEmail} error={errors.newEmail}>
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
        <Field label={labels.password} error={errors.password}>
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
