import { Trophy } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewComparisonForm } from "@/components/arena/new-comparison-form";
import { SessionList } from "@/components/arena/session-list";
import { PageLayout } from "@/components/layout/page-layout";
import { Button } from "@/components/ui/button";
import { listArenaSessions } from "@/lib/arena/list";
import { ARENA_PAGE_SIZE } from "@/lib/arena/shared/page-size";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("arena.page");
  return { title: t("title") };
}

export default async function ArenaPage() {
  const user = await requirePageUser();
  const t = await getTranslations("arena.page");
  const first = await listArenaSessions(user, { limit: ARENA_PAGE_SIZE });

  return (
    <PageLayout
      width="6xl"
      title={t("title")}
      description={t("description")}
      actions={
        <Button asChild variant="outline">
          <Link href="/arena/leaderboard">
            <Trophy aria-hidden="true" />
            {t("leaderboard")}
          </Link>
        </Button>
      }
    >
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <NewComparisonForm />
        <section aria-labelledby="your-comparisons" className="space-y-3">
          <h2 id="your-comparisons" className="text-sm font-medium text-muted-foreground">
            {t("yourComparisons")}
          </h2>
          <SessionList initial={first} />
        </section>
      </div>
    </PageLayout>
  );
}
