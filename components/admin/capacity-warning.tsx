import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { CapacityDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";

/**
 * Says, before it shows, that the instance outgrows the embedded database,
 * and what to do about it.
 */
export async function CapacityWarning({ capacity }: { capacity: CapacityDto | null }) {
  if (!capacity) return null;
  const [t, f] = await Promise.all([getTranslations("admin.capacity"), getFormat()]);
  const { messages, activeThisWeek, limits } = capacity;
  return (
    <div
      role="status"
      className="flex gap-3 rounded-xl border border-amber-500/40 bg-amber-500/10 p-4 text-sm"
    >
      <TriangleAlert
        className="mt-0.5 h-4 w-4 shrink-0 text-amber-600 dark:text-amber-400"
        aria-hidden="true"
      />
      <div className="min-w-0 space-y-1">
        <p className="font-medium">{t("title")}</p>
        <p className="text-muted-foreground">
          {t.rich("description", {
            messages: f.count(messages),
            messagesLimit: f.count(limits.messages),
            people: f.count(activeThisWeek),
            peopleLimit: f.count(limits.activeThisWeek),
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </div>
    </div>
  );
}
