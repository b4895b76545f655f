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

/** What each part of the site says when a page fails, and where it sends people when retrying does not help. */
const AREAS = {
  app: {
    title: "This page couldn't load",
    description:
      "Something went wrong on our side or the connection dropped. Try again in a moment.",
    exit: { href: "/chat", label: "Go to chat" },
  },
  admin: {
    title: "This admin page couldn't load",
    description:
      "Something went wrong on our side or the database did not answer. Try again in a moment.",
    exit: { href: "/admin", label: "Go to the dashboard" },
  },
  root: {
    title: "Something went wrong",
    description:
      "The page hit an unexpected problem. Try again; if it keeps happening, tell your administrator.",
    exit: { href: "/chat", label: "Go to chat" },
  },
};

interface Props extends RouteErrorProps {
  area: keyof typeof AREAS;
}

/** A page that failed to render: retry it, or leave for a page that works. */
export function RouteError({ error, reset, area }: Props) {
  const { title, description, exit } = AREAS[area];
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
