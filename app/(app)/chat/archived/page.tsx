import type { Metadata } from "next";
import { ArchivedList } from "@/components/conversations/archived-list";

export const metadata: Metadata = { title: "Archived conversations" };

export default function ArchivedPage() {
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Archived conversations</h1>
        <p className="text-sm text-muted-foreground">
          Archived conversations are kept but stay out of your sidebar. Unarchive one to bring it
          back.
        </p>
      </div>
      <ArchivedList />
    </div>
  );
}
