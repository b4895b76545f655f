import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfigEditor } from "@/components/configs/config-editor";
import { NEW_CONFIG } from "@/components/configs/form-values";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("configs.newPage");
  return { title: t("title") };
}

export default async function NewConfigPage() {
  const user = await requirePageUser();
  const t = await getTranslations("configs.newPage");
  return (
    <PageLayout width="6xl" title={t("title")} description={t("description")}>
      <ConfigEditor initial={NEW_CONFIG} configId={null} isAdmin={user.role === "admin"} />
    </PageLayout>
  );
}
