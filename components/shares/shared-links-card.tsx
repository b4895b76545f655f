"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ListError } from "@/components/common/list-states";
import { LoadMoreButton } from "@/components/common/load-more";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardIntro } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { ShareLinkDto } from "@/lib/shares/dto";
import { cn } from "@/lib/utils";
import { useShareLinks } from "./data";
import { LinkSummary } from "./link-summary";
import { RevokeShareDialog } from "./revoke-share-dialog";
import { ShareUrlField } from "./share-url-field";
import { useSharingAllowed } from "./sharing-context";

/** Settings' list of the conversations this person shared, each with its link and Revoke. */
export function SharedLinksCard() {
  const t = useTranslations("shares.linksCard");
  const allowed = useSharingAllowed();
  const links = useShareLinks();
  const items = links.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardIntro title={t("title")} description={t("description")} />
      <CardContent className="space-y-4">
        {allowed ? null : <Alert>{t("disabled")}</Alert>}
        {links.isPending ? (
          <div className="space-y-2" role="status" aria-busy="true">
            <span className="sr-only">{t("loading")}</span>
            <Skeleton className="h-20 w-full" />
            <Skeleton className="h-20 w-full" />
          </div>
        ) : links.isError ? (
          <ListError
            message={t("loadFailed", { error: links.error.message })}
            onRetry={() => void links.refetch()}
          />
        ) : items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <>
            <ul className="divide-y rounded-md border" aria-label={t("title")}>
              {items.map((link) => (
                <SharedLinkRow key={link.id} link={link} />
              ))}
            </ul>
            <LoadMoreButton pages={links} size="sm" />
          </>
        )}
      </CardContent>
    </Card>
  );
}

function SharedLinkRow({ link }: { link: ShareLinkDto }) {
  const t = useTranslations("shares.linksCard");
  const [revoking, setRevoking] = useState(false);
  const active = link.status === "active";

  return (
    <li className="space-y-2 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 items-center gap-2">
          <Link
            href={`/chat/${link.conversationId}`}
            className="truncate font-medium underline-offset-4 hover:underline"
          >
            {link.title}
          </Link>
          <span
            className={cn(
              "shrink-0 rounded-full px-2 py-0.5 text-xs",
              active ? "bg-success/10 text-success" : "bg-muted text-muted-foreground",
            )}
          >
            {t(active ? "active" : "expired")}
          </span>
        </div>
        <Button
          variant="outline"
          size="sm"
          onClick={() => setRevoking(true)}
          aria-label={t("revokeLabel", { title: link.title })}
        >
          {t("revoke")}
        </Button>
      </div>
      <ShareUrlField url={link.url} label={t("linkLabel", { title: link.title })} />
      <LinkSummary link={link} />
      <RevokeShareDialog link={link} open={revoking} onOpenChange={setRevoking} />
    </li>
  );
}
