import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageLayout } from "@/components/layout/page-layout";
import { TemplateBrowser } from "@/components/templates/template-browser";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.page");
  return { title: t("title") };
}

export default async function TemplatesPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";
  const t = await getTranslations("templates.page");

  return (
    <PageLayout
      width="5xl"
      title={t("title")}
      description={t("description")}
      actions={
        isAdmin ? (
          <Button asChild variant="outline" size="sm">
            <Link href="/admin/templates">{t("manage")}</Link>
          </Button>
        ) : null
      }
    >
      <TemplateBrowser isAdmin={isAdmin} />
    </PageLayout>
  );
}
