import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

interface PageHeaderProps {
  title: ReactNode;
  description: ReactNode;
  /** The page this one belongs under, as a link above the title: "Back" unless labelled. */
  back?: { href: string; label?: string };
  /** Controls on the title row, e.g. the dashboard's period or a "New" button. */
  actions?: ReactNode;
}

/** A page's title and what it is for. */
export function PageHeader({ title, description, back, actions }: PageHeaderProps) {
  const t = useTranslations("common");
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0 space-y-1">
        {back ? (
          <Link
            href={back.href}
            className="mb-2 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <ArrowLeft className="h-4 w-4" aria-hidden="true" />
            {back.label ?? t("back")}
          </Link>
        ) : null}
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {actions ? <div className="shrink-0">{actions}</div> : null}
    </div>
  );
}
