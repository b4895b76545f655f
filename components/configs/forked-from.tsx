import { GitFork } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ConfigDto } from "@/lib/configs/dto";

type Source = NonNullable<ConfigDto["forkedFrom"]>;

/** "Forked from X by Y": X links to the source while the viewer may still see it. */
export function ForkedFrom({ source }: { source: Source }) {
  const t = useTranslations("configs.card");
  const name = (chunks: ReactNode) =>
    source.id ? (
      <Link
        href={`/configs/${source.id}`}
        className="font-medium text-foreground underline-offset-2 hover:underline"
      >
        {chunks}
      </Link>
    ) : (
      <span className="font-medium">{chunks}</span>
    );
  return (
    <p className="mt-0.5 flex min-w-0 items-center gap-1 text-xs text-muted-foreground">
      <GitFork className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />
      <span className="truncate">
        {source.authorName
          ? t.rich("forkedFromBy", { source: name, name: source.name, author: source.authorName })
          : t.rich("forkedFrom", { source: name, name: source.name })}
      </span>
    </p>
  );
}
