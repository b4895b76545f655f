import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MyConfigs } from "@/components/configs/my-configs";
import { PageLayout } from "@/components/layout/page-layout";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";
import { listMyConfigs } from "@/lib/configs/list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("configs.list");
  return { title: t("title") };
}

export default async function ConfigsPage() {
  const user = await requirePageUser();
  const [items, t] = await Promise.all([listMyConfigs(user), getTranslations("configs.list")]);

  return (
    <PageLayout
      width="6xl"
      title={t("title")}
      description={t("description")}
      actions={
        <Button asChild>
          <Link href="/configs/new">
            <Plus aria-hidden="true" />
            {t("newConfig")}
          </Link>
        </Button>
      }
    >
      <MyConfigs initial={{ items }} />
    </PageLayout>
  );
}
