"use client";

import { Swords } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { ListError, PagedRows } from "@/components/common/list-states";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { Page } from "@/lib/conversations/dto";
import { useArenaSessions } from "./data";
import { SessionRow } from "./session-row";

/** The user's comparisons, newest first, with "Load more" at the end. */
export function SessionList({ initial }: { initial: Page<ArenaSessionSummaryDto> }) {
  const t = useTranslations("arena.sessions");
  const list = useArenaSessions(initial);
  const items = list.data.pages.flatMap((page) => page.items);

  if (list.isError && items.length === 0) {
    return (
      <ListError
        message={t("loadFailed", { error: list.error.message })}
        onRetry={() => void list.refetch()}
      />
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState icon={Swords} title={t("emptyTitle")}>
        {t("emptyText")}
      </EmptyState>
    );
  }
  return (
    <PagedRows pages={list}>
      {items.map((session) => (
        <SessionRow key={session.id} session={session} />
      ))}
    </PagedRows>
  );
}
