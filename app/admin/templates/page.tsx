import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/components/admin/page-metadata";
import { TemplateAdmin } from "@/components/admin/templates/template-admin";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageAdmin } from "@/lib/auth/page";

export function generateMetadata() {
  return adminMetadata("templates");
}

export default async function AdminTemplatesPage() {
  await requirePageAdmin();
  const t = await getTranslations("admin.templates");
  return (
    <PageLayout width="5xl" inset="admin" title={t("title")} description={t("description")}>
      <TemplateAdmin />
    </PageLayout>
  );
}
