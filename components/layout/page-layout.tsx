import type { ReactNode } from "react";
import { PageHeader } from "@/components/common/page-header";
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
  return (
    <div className={cn("mx-auto w-full space-y-6 px-4 py-8 sm:px-6", WIDTHS[width])}>
      <PageHeader title={title} description={description} back={back} actions={actions} />
      {children}
    </div>
  );
}
