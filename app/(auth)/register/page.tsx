import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { RegisterForm } from "@/components/auth/register-form";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.register");
  return { title: t("title") };
}

// Whether sign-up is open is the running server's setting, not the build's.
export const dynamic = "force-dynamic";

export default async function RegisterPage() {
  if (!env().ALLOW_REGISTRATION) return <RegistrationClosed />;
  const t = await getTranslations("auth.register");
  return (
    <AuthCard title={t("heading")} description={t("description")}>
      <RegisterForm />
    </AuthCard>
  );
}

async function RegistrationClosed() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("register.closedTitle")} description={t("register.closedDescription")}>
      <p className="text-center text-sm">
        <AuthLink href="/login">{t("links.backToSignIn")}</AuthLink>
      </p>
    </AuthCard>
  );
}
