import { getTranslations } from "next-intl/server";
import { ConfigModeration } from "@/components/admin/configs/config-moderation";
import { MODERATION_SORT } from "@/components/admin/configs/moderation-sort";
import { adminMetadata } from "@/components/admin/page-metadata";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageAdmin } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";

export function generateMetadata() {
  return adminMetadata("configs");
}

export default async function AdminConfigsPage() {
  const actor = await requirePageAdmin();
  const t = await getTranslations("admin.configs");
  const initial = await browseGallery(actor, { sort: MODERATION_SORT, limit: GALLERY_PAGE_SIZE });

  return (
    <PageLayout width="6xl" inset="admin" title={t("title")} description={t("description")}>
      <ConfigModeration initial={initial} />
    </PageLayout>
  );
}
