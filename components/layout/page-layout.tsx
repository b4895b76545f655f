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

/** The admin area sits under its own row of tabs, so its pages start closer to the top. */
const INSETS = {
  app: "px-4 py-8 sm:px-6",
  admin: "p-4 sm:p-6",
} as const;

export interface PageFrame {
  width: keyof typeof WIDTHS;
  inset?: keyof typeof INSETS;
}

/** A page's column: its width and its distance from the edges, for the page and its skeleton alike. */
export function pageFrame({ width, inset = "app" }: PageFrame): string {
  return cn("mx-auto w-full space-y-6", WIDTHS[width], INSETS[inset]);
}

interface PageLayoutProps extends PageFrame {
  title: ReactNode;
  description: ReactNode;
  /** Controls on the title row, e.g. "New config". */
  actions?: ReactNode;
  /** The page this one belongs to, linked above the title. */
  back?: { href: string; label?: string };
  children: ReactNode;
}

/** A page of the app: its title and what it is for, then its content. */
export function PageLayout({
  width,
  inset,
  title,
  description,
  actions,
  back,
  children,
}: PageLayoutProps) {
  return (
    <div className={pageFrame({ width, inset })}>
      <PageHeader title={title} description={description} back={back} actions={actions} />
      {children}
    </div>
  );
}
