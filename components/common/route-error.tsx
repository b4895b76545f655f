"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

/** What Next hands an `error.tsx`. */
export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Where each part of the site sends people when retrying a failed page does not help. */
const EXITS = { app: "/chat", admin: "/admin", root: "/chat" };

interface Props extends RouteErrorProps {
  area: keyof typeof EXITS;
}

/** A page that failed to render: retry it, or leave for a page that works. */
export function RouteError({ error, reset, area }: Props) {
  const t = useTranslations("common");
  return (
    <ErrorState
      icon={TriangleAlert}
      title={t(`routeError.${area}.title`)}
      description={t(`routeError.${area}.description`)}
      reference={error.digest}
      actions={
        <>
          <Button onClick={reset}>{t("retryAction")}</Button>
          <Button variant="outline" asChild>
            <Link href={EXITS[area]}>{t(`routeError.${area}.exit`)}</Link>
          </Button>
        </>
      }
    />
  );
}
