import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";

export function DropOverlay() {
  const t = useTranslations("chat.attachments");
  return (
    <div className="pointer-events-none absolute inset-2 z-30 flex items-center justify-center rounded-2xl border-2 border-dashed border-brand/60 bg-background/85 backdrop-blur-sm">
      <div className="flex flex-col items-center gap-2 text-center">
        <Upload className="h-8 w-8 text-brand" aria-hidden="true" />
        <p className="text-sm font-medium">{t("dropTitle")}</p>
        <p className="text-xs text-muted-foreground">
          {t("dropHint", { megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) })}
        </p>
      </div>
    </div>
  );
}
