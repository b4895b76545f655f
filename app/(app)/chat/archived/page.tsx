import type { Metadata } from "next";
import { ArchivedList } from "@/components/conversations/archived-list";
import { PageLayout } from "@/components/layout/page-layout";

export const metadata: Metadata = { title: "Archived conversations" };

export default function ArchivedPage() {
  return (
    <PageLayout
      width="3xl"
      title="Archived conversations"
      description="Archived conversations are kept but stay out of your sidebar. Unarchive one to bring it back."
    >
      <ArchivedList />
    </PageLayout>
  );
}
