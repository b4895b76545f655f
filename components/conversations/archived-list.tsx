"use client";

import { Archive } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { ListError, ListSkeleton, PagedRows } from "@/components/common/list-states";
import { ArchivedRow } from "./archived-row";
import { useConversationList } from "./data";

const ARCHIVED = { archived: true };

export function ArchivedList() {
  const t = useTranslations("conversations.archived");
  const list = useConversationList(ARCHIVED);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isPending) return <ListSkeleton label={t("loading")} />;
  if (list.isError) {
    return <ListError message={list.error.message} onRetry={() => void list.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState icon={Archive} title={t("empty")}>
        {t("emptyHint")}
      </EmptyState>
    );
  }
  return (
    <PagedRows pages={list}>
      {items.map((conversation) => (
        <ArchivedRow key={conversation.id} conversation={conversation} />
      ))}
    </PagedRows>
  );
}
