import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedList } from "@/components/conversations/archived-list";
import { PageLayout } from "@/components/layout/page-layout";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conversations.archived");
  return { title: t("title") };
}

export default async function ArchivedPage() {
  const t = await getTranslations("conversations.archived");
  return (
    <PageLayout width="3xl" title={t("title")} description={t("description")}>
      <ArchivedList />
    </PageLayout>
  );
}
