import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

interface NotFoundStateProps {
  icon: LucideIcon;
  title: string;
  description: string;
  /** Where to go instead; the first is the main way out. */
  exits: { href: string; label: string }[];
}

/** A page whose subject is not there (deleted, or someone else's): say so, and offer a way on. */
export function NotFoundState({ icon, title, description, exits }: NotFoundStateProps) {
  return (
    <ErrorState
      icon={icon}
      title={title}
      description={description}
      actions={exits.map((exit, index) => (
        <Button key={exit.href} asChild variant={index === 0 ? "default" : "outline"}>
          <Link href={exit.href}>{exit.label}</Link>
        </Button>
      ))}
    />
  );
}
