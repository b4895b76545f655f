import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageLayout } from "@/components/layout/page-layout";
import { UsageOverview } from "@/components/usage/usage-overview";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.usagePage");
  return { title: t("title") };
}

export default async function UsagePage() {
  await requirePageUser();
  const t = await getTranslations("settings");
  return (
    <PageLayout
      width="3xl"
      title={t("usagePage.title")}
      description={t("usagePage.description")}
      back={{ href: "/settings", label: t("page.title") }}
    >
      <UsageOverview />
    </PageLayout>
  );
}
