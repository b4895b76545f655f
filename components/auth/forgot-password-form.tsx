"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { forgotPasswordSchema } from "@/lib/account/schemas";
import { ApiError, apiFetch, networkMessage } from "@/lib/http/client";
import { AuthLink } from "./auth-link";
import { EmailInput } from "./email-input";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const auth = useTranslations("auth");
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = forgotPasswordSchema.safeParse({ email });
    if (!parsed.success) {
      setError(t("invalidEmail"));
      return;
    }
    setError(null);
    setPending(true);
    try {
      await apiFetch("/api/auth/forgot-password", { method: "POST", body: parsed.data });
      setSentTo(parsed.data.email);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : networkMessage());
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <div className="space-y-4">
        <Alert variant="success">{t("sent", { email: sentTo })}</Alert>
        <p className="text-center text-sm text-muted-foreground">
          {t.rich("nothingYet", {
            retry: (chunks) => (
              <button
                type="button"
                onClick={() => setSentTo(null)}
                className="rounded-sm font-medium text-foreground underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {chunks}
              </button>
            ),
          })}
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <Field label={auth("fields.email")}>
        <EmailInput autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t.rich("remembered", {
          link: (chunks) => <AuthLink href="/login">{chunks}</AuthLink>,
        })}
      </p>
    </form>
  );
}
