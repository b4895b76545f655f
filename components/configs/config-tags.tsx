import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/** A config's tags as small chips; `onPick` makes each one a filter button. */
export function ConfigTags({
  tags,
  onPick,
  active,
}: {
  tags: string[];
  onPick?: (tag: string) => void;
  active?: string;
}) {
  const t = useTranslations("configs.card");
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("tags")}>
      {tags.map((tag) => (
        <li key={tag}>
          {onPick ? (
            <button
              type="button"
              onClick={() => onPick(tag)}
              aria-pressed={active === tag}
              aria-label={t("filterByTag", { tag })}
              className={cn(
                "rounded-md px-1.5 py-0.5 text-xs transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active === tag
                  ? "bg-primary text-primary-foreground"
                  : "bg-muted text-muted-foreground hover:bg-accent hover:text-foreground",
              )}
            >
              #{tag}
            </button>
          ) : (
            <span className="rounded-md bg-muted px-1.5 py-0.5 text-xs text-muted-foreground">
              #{tag}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
