import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { MissingLink } from "@/components/auth/missing-link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("resetPassword.title")} description={t("resetPassword.description")}>
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <MissingLink retryHref="/forgot-password" retryLabel={t("links.getNewLink")} />
      )}
    </AuthCard>
  );
}
