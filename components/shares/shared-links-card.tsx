"use client";

import Link from "next/link";
import { useState } from "react";
import { ListError } from "@/components/common/list-states";
import { LoadMoreButton } from "@/components/common/load-more";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { ShareLinkDto } from "@/lib/shares/dto";
import { cn } from "@/lib/utils";
import { useShareLinks } from "./data";
import { describeLink } from "./describe-link";
import { RevokeShareDialog } from "./revoke-share-dialog";
import { ShareUrlField } from "./share-url-field";
import { useSharingAllowed } from "./sharing-context";

/** Settings' list of the conversations this person shared, each with its link and Revoke. */
export function SharedLinksCard() {
  const allowed = useSharingAllowed();
  const links = useShareLinks();
  const items = links.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Shared links</CardTitle>
        <CardDescription>
          Conversations you shared from their menu. Anyone with a link can read its copy; revoke a
          link to stop that at once.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {allowed ? null : (
          <Alert>
            Sharing is turned off on this server: these links show nothing until an admin turns it
            back on.
          </Alert>
        )}
        {links.isPending ? (
          <div className="space-y-2" role="status" aria-busy="true">
            <span className="sr-only">Loading your shared links…</span>
            <Skeleton className="h-20 w-full" />
            <Skeleton className="h-20 w-full" />
          </div>
        ) : links.isError ? (
          <ListError
            message={`Couldn't load your shared links. ${links.error.message}`}
            onRetry={() => void links.refetch()}
          />
        ) : items.length === 0 ? (
          <p className="text-sm text-muted-foreground">You haven't shared any conversations.</p>
        ) : (
          <>
            <ul className="divide-y rounded-md border" aria-label="Shared links">
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
            {active ? "Active" : "Expired"}
          </span>
        </div>
        <Button
          variant="outline"
          size="sm"
          onClick={() => setRevoking(true)}
          aria-label={`Revoke the link to ${link.title}`}
        >
          Revoke
        </Button>
      </div>
      <ShareUrlField url={link.url} label={`Link to ${link.title}`} />
      <p className="text-xs text-muted-foreground">{describeLink(link)}</p>
      <RevokeShareDialog link={link} open={revoking} onOpenChange={setRevoking} />
    </li>
  );
}
