import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "@/components/admin/search-params";
import { parseLeaderboardFilter } from "@/components/arena/leaderboard-filter";
import { LeaderboardView } from "@/components/arena/leaderboard-view";
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
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-1">
        <Link
          href="/arena"
          className="mb-2 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <ArrowLeft className="h-4 w-4" aria-hidden="true" />
          Arena
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Leaderboard</h1>
        <p className="text-sm text-muted-foreground">
          Which models and public configs win when people compare them side by side and vote.
        </p>
      </div>
      <LeaderboardView initial={board} />
    </div>
  );
}
