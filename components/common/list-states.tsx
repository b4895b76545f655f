import { RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { LoadMore, type Pages } from "./load-more";
import { LoadingRegion } from "./skeletons";

const WIDTHS = ["w-4/5", "w-3/5", "w-11/12", "w-2/3", "w-3/4", "w-1/2"];

export function ListSkeleton({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <LoadingRegion className="space-y-1 px-2 py-1" label={label}>
      {WIDTHS.slice(0, rows).map((width) => (
        <div key={width} className="flex h-9 items-center px-2">
          <Skeleton className={`h-3.5 ${width}`} />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function ListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="mx-2 space-y-2 rounded-lg border border-dashed p-3 text-sm">
      <p className="text-muted-foreground">{message}</p>
      <Button type="button" variant="outline" size="sm" onClick={onRetry}>
        <RotateCw aria-hidden="true" />
        {t("retryAction")}
      </Button>
    </div>
  );
}

export function ListEmpty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mx-2 rounded-lg px-3 py-6 text-center">
      <p className="text-sm font-medium text-foreground">{title}</p>
      {children ? <p className="mt-1 text-xs text-muted-foreground">{children}</p> : null}
    </div>
  );
}

interface PagedRowsProps {
  pages: Pages;
  children: ReactNode;
}

/** A page's list of rows, with the next page fetched as it scrolls into view. */
export function PagedRows({ pages, children }: PagedRowsProps) {
  return (
    <div className="space-y-2">
      <ul className="divide-y rounded-xl border">{children}</ul>
      <LoadMore pages={pages} />
    </div>
  );
}
