import { LayoutGrid, Plus, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

export function MyConfigsEmpty() {
  const t = useTranslations("configs.empty");
  return (
    <EmptyState
      icon={SlidersHorizontal}
      title={t("title")}
      titleAs="h2"
      action={
        <>
          <Button asChild>
            <Link href="/configs/new">
              <Plus aria-hidden="true" />
              {t("create")}
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/gallery">
              <LayoutGrid aria-hidden="true" />
              {t("browse")}
            </Link>
          </Button>
        </>
      }
    >
      {t("body")}
    </EmptyState>
  );
}
