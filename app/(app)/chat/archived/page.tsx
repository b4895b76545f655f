import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { ArchivedList } from "@/components/conversations/archived-list";

export const metadata: Metadata = { title: "Archived conversations" };

export default function ArchivedPage() {
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Archived conversations"
        description="Archived conversations are kept but stay out of your sidebar. Unarchive one to bring it back."
      />
      <ArchivedList />
    </div>
  );
}
