import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { mailConfigured } from "@/lib/mail/send";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("title") };
}

// Whether mail is set up is read when the page is asked for, not when it is built.
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("forgotPassword.heading")} description={t("forgotPassword.description")}>
      {mailConfigured() ? (
        <ForgotPasswordForm />
      ) : (
        <div className="space-y-4">
          <Alert>{t("forgotPassword.noMail")}</Alert>
          <p className="text-center text-sm">
            <AuthLink href="/login">{t("links.backToSignIn")}</AuthLink>
          </p>
        </div>
      )}
    </AuthCard>
  );
}
