import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MyConfigs } from "@/components/configs/my-configs";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";
import { listMyConfigs } from "@/lib/configs/list";

export const metadata: Metadata = { title: "My configs" };

export default async function ConfigsPage() {
  const user = await requirePageUser();
  const items = await listMyConfigs(user);

  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">My configs</h1>
          <p className="text-sm text-muted-foreground">
            Your ways of talking to a model, and the ones you saved from the gallery.
          </p>
        </div>
        <Button asChild>
          <Link href="/configs/new">
            <Plus aria-hidden="true" />
            New config
          </Link>
        </Button>
      </div>
      <MyConfigs initial={{ items }} />
    </div>
  );
}
