import { Trophy } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ARENA_PAGE_SIZE } from "@/components/arena/api";
import { NewComparisonForm } from "@/components/arena/new-comparison-form";
import { SessionList } from "@/components/arena/session-list";
import { PageHeader } from "@/components/common/page-header";
import { Button } from "@/components/ui/button";
import { listArenaSessions } from "@/lib/arena/list";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Arena" };

export default async function ArenaPage() {
  const user = await requirePageUser();
  const first = await listArenaSessions(user, { limit: ARENA_PAGE_SIZE });

  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Arena"
        description="Ask several models the same thing, read the answers side by side and vote for the best."
        actions={
          <Button asChild variant="outline">
            <Link href="/arena/leaderboard">
              <Trophy aria-hidden="true" />
              Leaderboard
            </Link>
          </Button>
        }
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <NewComparisonForm />
        <section aria-labelledby="your-comparisons" className="space-y-3">
          <h2 id="your-comparisons" className="text-sm font-medium text-muted-foreground">
            Your comparisons
          </h2>
          <SessionList initial={first} />
        </section>
      </div>
    </div>
  );
}
