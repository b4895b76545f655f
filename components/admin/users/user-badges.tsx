import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const BADGE = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium";

export function RoleBadge({ role }: { role: "user" | "admin" }) {
  const t = useTranslations("admin.users.badges");
  return role === "admin" ? (
    <span className={cn(BADGE, "bg-brand/15 text-brand")}>{t("admin")}</span>
  ) : (
    <span className={cn(BADGE, "bg-secondary text-secondary-foreground")}>{t("user")}</span>
  );
}

export function StatusBadge({ isBanned }: { isBanned: boolean }) {
  const t = useTranslations("admin.users.badges");
  return isBanned ? (
    <span className={cn(BADGE, "bg-destructive/15 text-destructive")}>{t("banned")}</span>
  ) : (
    <span className={cn(BADGE, "bg-success/15 text-success")}>{t("active")}</span>
  );
}
