"use client";

import { FolderPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ListError, ListSkeleton } from "@/components/common/list-states";
import { useFolders } from "./data";
import { FolderDialog } from "./folder-dialog";
import { FolderRow } from "./folder-row";
import { SectionHeading } from "./section-heading";
import { useOpenFolders } from "./use-open-folders";

export function FolderSection() {
  const t = useTranslations("conversations.folders");
  const folders = useFolders();
  const { isOpen, toggle } = useOpenFolders();
  const [creating, setCreating] = useState(false);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="space-y-0.5">
      <SectionHeading
        id={headingId}
        action={
          <button
            type="button"
            onClick={() => setCreating(true)}
            aria-label={t("new")}
            title={t("new")}
            className="-mr-1 flex h-6 w-6 items-center justify-center rounded-md text-muted-foreground hover:bg-sidebar-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <FolderPlus className="h-4 w-4" aria-hidden="true" />
          </button>
        }
      >
        {t("heading")}
      </SectionHeading>
      {folders.isPending ? <ListSkeleton rows={2} label={t("loading")} /> : null}
      {folders.isError ? (
        <ListError message={folders.error.message} onRetry={() => void folders.refetch()} />
      ) : null}
      {folders.data?.length === 0 ? (
        <p className="px-2.5 pb-1 text-xs text-muted-foreground">{t("empty")}</p>
      ) : null}
      {folders.data && folders.data.length > 0 ? (
        <ul className="space-y-0.5">
          {folders.data.map((folder) => (
            <FolderRow
              key={folder.id}
              folder={folder}
              open={isOpen(folder.id)}
              onToggle={() => toggle(folder.id)}
            />
          ))}
        </ul>
      ) : null}
      <FolderDialog open={creating} onOpenChange={setCreating} />
    </section>
  );
}
