import type { Metadata } from "next";
import { ConfigModeration } from "@/components/admin/configs/config-moderation";
import { MODERATION_SORT } from "@/components/admin/configs/moderation-sort";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageAdmin } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";

export const metadata: Metadata = { title: "Configs · Admin" };

export default async function AdminConfigsPage() {
  const actor = await requirePageAdmin();
  const initial = await browseGallery(actor, { sort: MODERATION_SORT, limit: GALLERY_PAGE_SIZE });

  return (
    <PageLayout
      width="6xl"
      inset="admin"
      title="Shared configs"
      description="Public configs and templates everyone can find in the gallery. Unpublishing makes one private to its author again."
    >
      <ConfigModeration initial={initial} />
    </PageLayout>
  );
}
