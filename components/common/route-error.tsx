"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

/** What Next hands an `error.tsx`. */
export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

interface Props extends RouteErrorProps {
  title: string;
  description: string;
  /** Where to go when retrying does not help. */
  exit: { href: string; label: string };
}

/** A page that failed to render: retry it, or leave for a page that works. */
export function RouteError({ error, reset, title, description, exit }: Props) {
  return (
    <ErrorState
      icon={TriangleAlert}
      title={title}
      description={description}
      reference={error.digest}
      actions={
        <>
          <Button onClick={reset}>Retry</Button>
          <Button variant="outline" asChild>
            <Link href={exit.href}>{exit.label}</Link>
          </Button>
        </>
      }
    />
  );
}
