import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { MissingLink } from "@/components/auth/missing-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.confirmEmail");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConfirmEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth.confirmEmail");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      {typeof token === "string" && token ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <MissingLink retryHref="/settings" retryLabel={t("askAgain")} />
      )}
    </AuthCard>
  );
}
