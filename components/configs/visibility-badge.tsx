import { Globe, LayoutTemplate, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ConfigDto } from "@/lib/configs/dto";
import { cn } from "@/lib/utils";

type Visibility = ConfigDto["visibility"];

const LOOKS: Record<Visibility, { icon: typeof Lock; className: string }> = {
  private: { icon: Lock, className: "text-muted-foreground" },
  public: {
    icon: Globe,
    className: "border-brand/30 bg-brand/10 text-brand",
  },
  template: {
    icon: LayoutTemplate,
    className: "border-amber-500/30 bg-amber-500/10 text-amber-700 dark:text-amber-400",
  },
};

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const t = useTranslations("configs.visibility");
  const { icon: Icon, className } = LOOKS[visibility];
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium",
        className,
      )}
    >
      <Icon className="h-3 w-3" aria-hidden="true" />
      {t(visibility)}
    </span>
  );
}

/** Someone else's config in a list: only a template is marked; being shared goes without saying. */
export function templateBadge(visibility: Visibility) {
  return visibility === "template" ? <VisibilityBadge visibility="template" /> : null;
}
