import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface ErrorStateProps {
  icon: LucideIcon;
  title: string;
  description: string;
  /** Buttons that get the person out of here. */
  actions?: ReactNode;
  /** Or pages to go to instead, the first one the way most people want. */
  links?: { href: string; label: string }[];
  /** Next's error digest: lets an admin find the server log entry without exposing details. */
  reference?: string;
}

export function ErrorState({
  icon: Icon,
  title,
  description,
  actions,
  links = [],
  reference,
}: ErrorStateProps) {
  const t = useTranslations("common");
  return (
    <div className="flex flex-1 items-center justify-center px-4 py-16">
      <div className="flex max-w-md flex-col items-center text-center">
        <span className="mb-5 flex h-12 w-12 items-center justify-center rounded-full bg-muted">
          <Icon className="h-6 w-6 text-muted-foreground" aria-hidden="true" />
        </span>
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-2 text-sm text-muted-foreground">{description}</p>
        <div className="mt-6 flex flex-wrap items-center justify-center gap-2">
          {actions}
          {links.map((link, index) => (
            <Button key={link.href} asChild variant={index === 0 ? "default" : "outline"}>
              <Link href={link.href}>{link.label}</Link>
            </Button>
          ))}
        </div>
        {reference ? (
          <p className="mt-6 text-xs text-muted-foreground">
            {t("reference")} <code className="font-mono">{reference}</code>
          </p>
        ) : null}
      </div>
    </div>
  );
}
