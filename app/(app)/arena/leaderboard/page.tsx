import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseLeaderboardFilter } from "@/components/arena/leaderboard-filter";
import { LeaderboardView } from "@/components/arena/leaderboard-view";
import type { SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { getLeaderboard } from "@/lib/arena/leaderboard";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("arena.leaderboardPage");
  return { title: t("metaTitle") };
}

export default async function LeaderboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  const board = await getLeaderboard(user, parseLeaderboardFilter(await searchParams));
  const t = await getTranslations("arena.leaderboardPage");

  return (
    <PageLayout
      width="4xl"
      title={t("title")}
      description={t("description")}
      back={{ href: "/arena", label: t("back") }}
    >
      <LeaderboardView initial={board} />
    </PageLayout>
  );
}
