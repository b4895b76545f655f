import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationList } from "@/components/api-docs/operation-list";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";
import { OPERATIONS } from "@/lib/openapi/document";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

export default async function ApiDocsPage() {
  await requirePageUser();
  const t = await getTranslations("apiDocs");
  return (
    <PageLayout
      width="4xl"
      title={t("title")}
      description={t.rich("description", {
        code: (chunks) => <code className="font-mono text-xs">{chunks}</code>,
        link: (chunks) => (
          <a className="underline underline-offset-4" href="/api/openapi.json">
            {chunks}
          </a>
        ),
      })}
    >
      <OperationList operations={OPERATIONS} />
    </PageLayout>
  );
}
