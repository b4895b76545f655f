"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, networkMessage } from "@/lib/http/client";
import { AuthLink } from "./auth-link";

/**
 * A button rather than a change on opening the page: mail scanners open
 * links to check them, and must not use the link up on the person's behalf.
 */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth.confirmEmail");
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const { email } = await apiFetch<{ email: string }>("/api/auth/confirm-email", {
        method: "POST",
        body: { token },
      });
      setConfirmed(email);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : networkMessage());
    } finally {
      setPending(false);
    }
  }

  if (confirmed) {
    return (
      <div className="space-y-4">
        <Alert variant="success">{t("confirmed", { email: confirmed })}</Alert>
        <p className="text-center text-sm">
          <AuthLink href="/chat">{t("continue")}</AuthLink>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
