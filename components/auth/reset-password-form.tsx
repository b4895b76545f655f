"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, fieldMessage } from "@/components/ui/field";
import { ApiError, apiFetch, networkMessage } from "@/lib/http/client";
import { passwordSchema } from "@/lib/users/schemas";
import { AuthLink } from "./auth-link";
import { PasswordChecklist } from "./password-checklist";
import { PasswordInput } from "./password-input";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.resetPassword");
  const auth = useTranslations("auth");
  const labels = { password: auth("fields.newPassword") };
  const passwordError = (messages: string[]) => fieldMessage(labels.password, messages);
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const [linkError, setLinkError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = passwordSchema.safeParse(password);
    const mismatch = confirmation !== password;
    if (!parsed.success || mismatch) {
      setErrors({
        password: parsed.success
          ? undefined
          : passwordError([parsed.error.issues[0]?.message ?? "is not valid"]),
        confirmation: mismatch ? t("mismatch") : undefined,
      });
      return;
    }
    setErrors({});
    setLinkError(null);
    setPending(true);
    try {
      await apiFetch("/api/auth/reset-password", { method: "POST", body: { token, password } });
      router.replace("/login?reason=password-changed");
    } catch (caught) {
      setPending(false);
      if (caught instanceof ApiError && caught.fields?.password) {
        setErrors({ password: passwordError(caught.fields.password) });
      } else {
        setLinkError(caught instanceof ApiError ? caught.message : networkMessage());
      }
    }
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {linkError ? (
        <Alert variant="destructive">
          {linkError}{" "}
          <AuthLink href="/forgot-password" className="text-destructive underline">
            {auth("links.getNewLink")}
          </AuthLink>
        </Alert>
      ) : null}
      {/* No username field to fill: the page does not know the account, only the link does. */}
      <Field
        label={labels.password}
        error={errors.password}
        hint={<PasswordChecklist password={password} />}
      >
        <PasswordInput
          name="password"
          autoComplete="new-password"
          autoFocus
          maxLength={128}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Field label={auth("fields.confirmNewPassword")} error={errors.confirmation}>
        <PasswordInput
          name="confirmation"
          autoComplete="new-password"
          maxLength={128}
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
        />
      </Field>
      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
