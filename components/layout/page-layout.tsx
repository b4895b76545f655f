import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

// Whole class names, so Tailwind finds them.
const WIDTHS = {
  "3xl": "max-w-3xl",
  "4xl": "max-w-4xl",
  "5xl": "max-w-5xl",
  "6xl": "max-w-6xl",
  "7xl": "max-w-7xl",
} as const;

interface PageLayoutProps {
  width: keyof typeof WIDTHS;
  title: ReactNode;
  description: ReactNode;
  /** Controls on the title row, e.g. "New config". */
  actions?: ReactNode;
  /** The page this one belongs to, linked above the title. */
  back?: { href: string; label: string };
  children: ReactNode;
}

/** A page of the app: its title and what it is for, then its content. */
export function PageLayout({
  width,
  title,
  description,
  actions,
  back,
  children,
}: PageLayoutProps) {
  const heading = (
    <div className="space-y-1">
      {back ? (
        <Link
          href={back.href}
          className="mb-2 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <ArrowLeft className="h-4 w-4" aria-hidden="true" />
          {back.label}
        </Link>
      ) : null}
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">{description}</p>
    </div>
  );
  return (
    <div className={cn("mx-auto w-full space-y-6 px-4 py-8 sm:px-6", WIDTHS[width])}>
      {actions ? (
        <div className="flex flex-wrap items-end justify-between gap-4">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </div>
  );
}
