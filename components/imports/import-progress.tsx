"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { cn } from "@/lib/utils";

interface ImportProgressProps {
  fileName: string;
  /** The share of the file sent, 0 to 1; once it is all sent the server is importing it. */
  sent: number;
}

/** How far the upload is, then that the server is reading and storing the export. */
export function ImportProgress({ fileName, sent }: ImportProgressProps) {
  const t = useTranslations("imports.progress");
  const f = useFormat();
  const uploading = sent < 1;
  const percent = Math.round(sent * 100);
  return (
    <div className="space-y-2">
      <p className="flex items-baseline gap-2 text-sm" aria-live="polite">
        <span className="min-w-0 flex-1 truncate">
          {t(uploading ? "uploading" : "importing", { name: fileName })}
        </span>
        {uploading && (
          <span className="tabular-nums text-muted-foreground">{f.percent(percent / 100)}</span>
        )}
      </p>
      <div
        role="progressbar"
        aria-label={t(uploading ? "uploadLabel" : "importingLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={uploading ? percent : undefined}
        className="h-2 overflow-hidden rounded-full bg-muted"
      >
        <div
          className={cn(
            "h-full rounded-full bg-brand transition-[width] duration-300",
            !uploading && "animate-pulse",
          )}
          style={{ width: `${uploading ? percent : 100}%` }}
        />
      </div>
    </div>
  );
}
