import { cn } from "@/lib/utils";

const BADGE = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium";

export function RoleBadge({ role }: { role: "user" | "admin" }) {
  return role === "admin" ? (
    <span className={cn(BADGE, "bg-brand/15 text-brand")}>Admin</span>
  ) : (
    <span className={cn(BADGE, "bg-secondary text-secondary-foreground")}>User</span>
  );
}

export function StatusBadge({ isBanned }: { isBanned: boolean }) {
  return isBanned ? (
    <span className={cn(BADGE, "bg-destructive/15 text-destructive")}>Banned</span>
  ) : (
    <span className={cn(BADGE, "bg-success/15 text-success")}>Active</span>
  );
}
