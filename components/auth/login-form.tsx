"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { NETWORK_MESSAGE } from "@/lib/http/client";
import { AuthLink } from "./auth-link";
import { EmailInput } from "./email-input";
import type { LoginNotice } from "./login-notice";
import { PasswordInput } from "./password-input";
import { SsoButton } from "./sso-button";

const SIGN_IN_ERRORS: Record<string, string> = {
  banned: "This account has been suspended. Contact your administrator.",
  rate_limited: "Too many sign-in attempts. Wait a few minutes and try again.",
};
const WRONG_CREDENTIALS = "Wrong email or password.";

const NOTICES: Record<LoginNotice, { text: string; variant: "destructive" | "default" }> = {
  banned: { text: SIGN_IN_ERRORS.banned ?? "", variant: "destructive" },
  "signed-out": { text: "You were signed out. Sign in again to continue.", variant: "default" },
  "password-changed": {
    text: "Your password was changed. Sign in with the new one to continue.",
    variant: "default",
  },
  "role-changed": {
    text: "An administrator changed your role. Sign in again to continue.",
    variant: "default",
  },
  revoked: {
    text: "An administrator signed you out everywhere. Sign in again to continue.",
    variant: "default",
  },
  deleted: { text: "This account has been deleted.", variant: "destructive" },
  "wrong-credentials": { text: WRONG_CREDENTIALS, variant: "destructive" },
  "sso-no-email": {
    text: "Your identity provider did not share an email address, which an account needs. Ask your administrator to release the email claim.",
    variant: "destructive",
  },
  "sso-unverified": {
    text: "An account with this email already exists, and your identity provider has not verified the address. Sign in with your password instead.",
    variant: "destructive",
  },
  "sso-taken": {
    text: "The account with this email is linked to another single sign-on identity. Sign in with your password, or ask your administrator.",
    variant: "destructive",
  },
  "sso-failed": {
    text: "Single sign-on didn't complete. Try again, or tell your administrator if it keeps failing.",
    variant: "destructive",
  },
  server: {
    text: "Sign-in isn't working on the server right now. Try again in a few minutes, or tell your administrator.",
    variant: "destructive",
  },
};

interface LoginFormProps {
  callbackUrl?: string;
  notice?: LoginNotice;
  /** Why this browser's account was banned, when the admin said. */
  banReason?: string | null;
  /** Whether the server can mail a reset link (SMTP is set up). */
  canResetPassword: boolean;
  /** The single sign-on button's label; none without single sign-on. */
  sso?: string | null;
  /** Whether people may sign up with a password. */
  registration?: boolean;
}

export function LoginForm({
  callbackUrl,
  notice,
  banReason,
  canResetPassword,
  sso,
  registration = true,
}: LoginFormProps) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError("Enter your email and password.");
      return;
    }
    setError(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.error) {
        setError(SIGN_IN_ERRORS[result.code ?? ""] ?? WRONG_CREDENTIALS);
        setPending(false);
        return;
      }
      router.replace(callbackUrl ?? "/chat");
      router.refresh();
    } catch {
      setError(NETWORK_MESSAGE);
      setPending(false);
    }
  }

  const shownNotice = notice && !error ? NOTICES[notice] : undefined;

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {shownNotice ? (
        <Alert variant={shownNotice.variant}>
          {notice === "banned" && banReason
            ? `This account has been suspended. Reason given: ${banReason.replace(/\.$/, "")}. Contact your administrator.`
            : shownNotice.text}
        </Alert>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}

      <Field label="Email">
        <EmailInput autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field
        label="Password"
        aside={
          canResetPassword ? (
            <AuthLink href="/forgot-password" className="text-sm font-normal text-muted-foreground">
              Forgot password?
            </AuthLink>
          ) : null
        }
      >
        <PasswordInput
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>

      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>

      {sso ? <SsoButton label={sso} callbackUrl={callbackUrl} /> : null}

      {registration ? (
        <p className="text-center text-sm text-muted-foreground">
          New here? <AuthLink href="/register">Create an account</AuthLink>
        </p>
      ) : null}
    </form>
  );
}
