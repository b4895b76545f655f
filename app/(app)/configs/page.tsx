import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/common/page-header";
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
      <PageHeader
        title="My configs"
        description="Your ways of talking to a model, and the ones you saved from the gallery."
        actions={
          <Button asChild>
            <Link href="/configs/new">
              <Plus aria-hidden="true" />
              New config
            </Link>
          </Button>
        }
      />
      <MyConfigs initial={{ items }} />
    </div>
  );
}
