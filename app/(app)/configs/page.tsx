import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MyConfigs } from "@/components/configs/my-configs";
import { PageLayout } from "@/components/layout/page-layout";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";
import { listMyConfigs } from "@/lib/configs/list";

export const metadata: Metadata = { title: "My configs" };

export default async function ConfigsPage() {
  const user = await requirePageUser();
  const items = await listMyConfigs(user);

  return (
    <PageLayout
      width="6xl"
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
    >
      <MyConfigs initial={{ items }} />
    </PageLayout>
  );
}
