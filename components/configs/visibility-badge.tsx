import { Globe, LayoutTemplate, Lock } from "lucide-react";
import type { ConfigDto } from "@/lib/configs/dto";
import { cn } from "@/lib/utils";

type Visibility = ConfigDto["visibility"];

const LOOKS: Record<Visibility, { label: string; icon: typeof Lock; className: string }> = {
  private: { label: "Private", icon: Lock, className: "text-muted-foreground" },
  public: {
    label: "Public",
    icon: Globe,
    className: "border-brand/30 bg-brand/10 text-brand",
  },
  template: {
    label: "Template",
    icon: LayoutTemplate,
    className: "border-amber-500/30 bg-amber-500/10 text-amber-700 dark:text-amber-400",
  },
};

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { label, icon: Icon, className } = LOOKS[visibility];
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium",
        className,
      )}
    >
      <Icon className="h-3 w-3" aria-hidden="true" />
      {label}
    </span>
  );
}

/** Someone else's config in a list: only a template is marked; being shared goes without saying. */
export function templateBadge(visibility: Visibility) {
  return visibility === "template" ? <VisibilityBadge visibility="template" /> : null;
}
