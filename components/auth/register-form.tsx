"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { z } from "zod";
import { fieldErrorsFor } from "@/components/common/field-errors";
import { SubmitButton } from "@/components/common/submit-button";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch } from "@/lib/http/client";
import { registerSchema } from "@/lib/users/schemas";
import { AuthLink } from "./auth-link";
import { EmailInput } from "./email-input";
import { PasswordChecklist } from "./password-checklist";
import { PasswordInput } from "./password-input";

type FieldName = "email" | "displayName" | "password";
type FieldErrors = Partial<Record<FieldName, string>>;

export function RegisterForm() {
  const t = useTranslations("auth.register");
  const auth = useTranslations("auth");
  const labels: Record<FieldName, string> = {
    email: auth("fields.email"),
    displayName: auth("fields.displayName"),
    password: auth("fields.password"),
  };
  const errorsOf = (fields: Record<string, string[] | undefined> | undefined) =>
    fieldErrorsFor(fields, labels);
  const router = useRouter();
  const [values, setValues] = useState({ email: "", displayName: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  /** A field's `name`, `value` and `onChange`; a change clears the field's error. */
  function text(name: FieldName) {
    return {
      name,
      value: values[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const { value } = event.target;
        setValues((v) => ({ ...v, [name]: value }));
        if (errors[name]) setErrors((e) => ({ ...e, [name]: undefined }));
      },
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = registerSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(errorsOf(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await apiFetch<{ id: string }>("/api/auth/register", { method: "POST", body: parsed.data });
    } catch (error) {
      setPending(false);
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) {
        setErrors({ email: t("emailTaken") });
      } else if (error.fields && Object.keys(errorsOf(error.fields)).length > 0) {
        setErrors(errorsOf(error.fields));
      } else {
        setFormError(error.message);
      }
      return;
    }

    const { email, password } = parsed.data;
    const result = await signIn("credentials", { email, password, redirect: false }).catch(
      () => undefined,
    );
    if (!result || result.error) {
      // The account exists now; only the automatic sign-in failed, so send them to sign in by hand.
      toast.success(t("created"));
      router.replace("/login");
      return;
    }
    router.replace("/chat");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}

      <Field label={labels.email} error={errors.email}>
        <EmailInput {...text("email")} />
      </Field>
      <Field label={labels.displayName} error={errors.displayName} hint={t("displayNameHint")}>
        <Input
          {...text("displayName")}
          autoComplete="name"
          required
          maxLength={60}
          placeholder={auth("fields.displayNamePlaceholder")}
        />
      </Field>
      <Field
        label={labels.password}
        error={errors.password}
        hint={<PasswordChecklist password={values.password} />}
      >
        <PasswordInput {...text("password")} autoComplete="new-password" required maxLength={128} />
      </Field>

      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>

      <p className="text-center text-sm text-muted-foreground">
        {t.rich("haveAccount", {
          link: (chunks) => <AuthLink href="/login">{chunks}</AuthLink>,
        })}
      </p>
    </form>
  );
}
