"use client";

import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, NETWORK_MESSAGE } from "@/lib/http/client";
import { AuthLink } from "./auth-link";

/**
 * A button rather than a change on opening the page: mail scanners open
 * links to check them, and must not use the link up on the person's behalf.
 */
export function ConfirmEmailForm({ token }: { token: string }) {
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
      setError(caught instanceof ApiError ? caught.message : NETWORK_MESSAGE);
    } finally {
      setPending(false);
    }
  }

  if (confirmed) {
    return (
      <div className="space-y-4">
        <Alert variant="success">
          Your account's email is now {confirmed}. Sign in with it from now on.
        </Alert>
        <p className="text-center text-sm">
          <AuthLink href="/chat">Continue to Uni-Chat</AuthLink>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel="Confirming…">
        Confirm new email
      </SubmitButton>
    </form>
  );
}
