import { NotebookText, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { LoadError } from "@/components/common/page-list-states";
import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export function TemplateGridSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" label={label}>
      {["a", "b", "c", "d", "e", "f"].map((key) => (
        <div key={key} className="space-y-3 rounded-xl border p-4">
          <div className="flex justify-between gap-3">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-5 w-16 rounded-full" />
          </div>
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-4/5" />
          <Skeleton className="h-3.5 w-1/2" />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function TemplateListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations("templates.browser");
  return <LoadError what={t("loadError")} message={message} onRetry={onRetry} />;
}

interface TemplatesEmptyProps {
  /** A search or category is narrowing the list. */
  filtered: boolean;
  children?: ReactNode;
  action?: ReactNode;
}

export function TemplatesEmpty({ filtered, children, action }: TemplatesEmptyProps) {
  const t = useTranslations("templates.browser");
  const Icon = filtered ? SearchX : NotebookText;
  return (
    <EmptyState icon={Icon} title={filtered ? t("noMatchTitle") : t("emptyTitle")} action={action}>
      {children}
    </EmptyState>
  );
}
