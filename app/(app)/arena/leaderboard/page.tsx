import type { Metadata } from "next";
import { parseLeaderboardFilter } from "@/components/arena/leaderboard-filter";
import { LeaderboardView } from "@/components/arena/leaderboard-view";
import type { SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { getLeaderboard } from "@/lib/arena/leaderboard";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Arena leaderboard" };

export default async function LeaderboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  const board = await getLeaderboard(user, parseLeaderboardFilter(await searchParams));

  return (
    <PageLayout
      width="4xl"
      title="Leaderboard"
      description="Which models and public configs win when people compare them side by side and vote."
      back={{ href: "/arena", label: "Arena" }}
    >
      <LeaderboardView initial={board} />
    </PageLayout>
  );
}
