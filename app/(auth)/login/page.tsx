import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { LoginForm } from "@/components/auth/login-form";
import { isSignOutNotice, isSsoRefusal, type LoginNotice } from "@/components/auth/login-notice";
import { sessionBanReason } from "@/lib/auth/ban-reason";
import { oidcButtonName } from "@/lib/auth/oidc";
import { env } from "@/lib/env";
import { mailConfigured } from "@/lib/mail/send";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** next-auth sends people back here with ?error=<type> when its own flow fails. */
function noticeFor(params: Awaited<SearchParams>): LoginNotice | undefined {
  const { error, reason } = params;
  if (error === "banned") return "banned";
  if (error === "CredentialsSignin") return "wrong-credentials";
  if (isSsoRefusal(error)) return error;
  // The identity provider or the way back from it failed (next-auth's own codes).
  if (error === "OAuthCallbackError" || error === "OAuthSignin" || error === "Configuration") {
    return "sso-failed";
  }
  if (typeof error === "string" && error) return "server";
  if (isSignOutNotice(reason)) return reason;
  return undefined;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const notice = noticeFor(params);
  const banReason = notice === "banned" ? await sessionBanReason().catch(() => null) : null;
  const t = await getTranslations("auth.login");

  return (
    <AuthCard title={t("heading")} description={t("description")}>
      <LoginForm
        callbackUrl={safeCallbackUrl(params.callbackUrl)}
        notice={notice}
        banReason={banReason}
        canResetPassword={mailConfigured()}
        sso={oidcButtonName()}
        registration={env().ALLOW_REGISTRATION}
      />
    </AuthCard>
  );
}
