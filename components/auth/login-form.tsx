"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { networkMessage } from "@/lib/http/client";
import type { Messages } from "@/lib/i18n/messages";
import { AuthLink } from "./auth-link";
import { EmailInput } from "./email-input";
import type { LoginNotice } from "./login-notice";
import { PasswordInput } from "./password-input";
import { SsoButton } from "./sso-button";

type Message = keyof Messages["auth"]["login"]["notices"];

/** What next-auth's refusal codes mean; any other refusal is a wrong email or password. */
const SIGN_IN_ERRORS: Record<string, Message> = { banned: "banned", rate_limited: "rateLimited" };

const NOTICES: Record<LoginNotice, { message: Message; variant: "destructive" | "default" }> = {
  banned: { message: "banned", variant: "destructive" },
  "signed-out": { message: "signedOut", variant: "default" },
  "password-changed": { message: "passwordChanged", variant: "default" },
  "role-changed": { message: "roleChanged", variant: "default" },
  revoked: { message: "revoked", variant: "default" },
  deleted: { message: "deleted", variant: "destructive" },
  "wrong-credentials": { message: "wrongCredentials", variant: "destructive" },
  "sso-no-email": { message: "ssoNoEmail", variant: "destructive" },
  "sso-unverified": { message: "ssoUnverified", variant: "destructive" },
  "sso-taken": { message: "ssoTaken", variant: "destructive" },
  "sso-failed": { message: "ssoFailed", variant: "destructive" },
  server: { message: "server", variant: "destructive" },
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
  const t = useTranslations("auth.login");
  const auth = useTranslations("auth");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t("missingFields"));
      return;
    }
    setError(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.error) {
        setError(t(`notices.${SIGN_IN_ERRORS[result.code ?? ""] ?? "wrongCredentials"}`));
        setPending(false);
        return;
      }
      router.replace(callbackUrl ?? "/chat");
      router.refresh();
    } catch {
      setError(networkMessage());
      setPending(false);
    }
  }

  const shownNotice = notice && !error ? NOTICES[notice] : undefined;

  return (
    <form onSubmit={handleSubmit} className="space-y-4" noValidate>
      {shownNotice ? (
        <Alert variant={shownNotice.variant}>
          {notice === "banned" && banReason
            ? t("bannedWithReason", { reason: banReason.replace(/\.$/, "") })
            : t(`notices.${shownNotice.message}`)}
        </Alert>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}

      <Field label={auth("fields.email")}>
        <EmailInput autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field
        label={auth("fields.password")}
        aside={
          canResetPassword ? (
            <AuthLink href="/forgot-password" className="text-sm font-normal text-muted-foreground">
              {t("forgotPassword")}
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

      <SubmitButton className="w-full" size="lg" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>

      {sso ? <SsoButton label={sso} callbackUrl={callbackUrl} /> : null}

      {registration ? (
        <p className="text-center text-sm text-muted-foreground">
          {t.rich("newHere", {
            link: (chunks) => <AuthLink href="/register">{chunks}</AuthLink>,
          })}
        </p>
      ) : null}
    </form>
  );
}
