"use client";

import { Loader2 } from "lucide-react";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { ApiKeyDto, ApiKeyStatus } from "@/lib/keys/dto";
import { cn } from "@/lib/utils";
import { useApiKeys, useRevokeApiKey } from "./data";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const STATUS_LABELS: Record<ApiKeyStatus, string> = {
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
};

function formatDate(iso: string | null, none: string): string {
  return iso ? dateFormat.format(new Date(iso)) : none;
}

export function ApiKeyList() {
  const keys = useApiKeys();

  if (keys.isPending) {
    return (
      <div className="space-y-2" role="status" aria-busy="true">
        <span className="sr-only">Loading API keys…</span>
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </div>
    );
  }
  if (keys.isError) {
    return (
      <Alert variant="destructive">
        <p>Couldn't load your API keys. {keys.error.message}</p>
        <Button variant="outline" size="sm" className="mt-2" onClick={() => keys.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (keys.data.length === 0) {
    return <p className="text-sm text-muted-foreground">You have no API keys yet.</p>;
  }
  return (
    <ul className="divide-y rounded-md border">
      {keys.data.map((key) => (
        <ApiKeyRow key={key.id} apiKey={key} />
      ))}
    </ul>
  );
}

function ApiKeyRow({ apiKey }: { apiKey: ApiKeyDto }) {
  const revoke = useRevokeApiKey();

  function handleRevoke() {
    if (!window.confirm(`Revoke “${apiKey.name}”? Scripts using it stop working at once.`)) return;
    revoke.mutate(apiKey.id, {
      onSuccess: () => toast.success(`“${apiKey.name}” has been revoked.`),
      onError: (error) => toast.error(error.message),
    });
  }

  const details = [
    `Created ${formatDate(apiKey.createdAt, "")}`,
    `last used ${formatDate(apiKey.lastUsedAt, "never")}`,
    apiKey.expiresAt ? `expires ${formatDate(apiKey.expiresAt, "")}` : "never expires",
  ].join(" · ");

  return (
    <li className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="break-words font-medium">{apiKey.name}</span>
          <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{apiKey.prefix}…</code>
          <span
            className={cn(
              "rounded-full px-2 py-0.5 text-xs",
              apiKey.status === "active"
                ? "bg-success/10 text-success"
                : "bg-muted text-muted-foreground",
            )}
          >
            {STATUS_LABELS[apiKey.status]}
          </span>
        </div>
        <p className="text-xs text-muted-foreground">{details}</p>
      </div>
      {apiKey.status === "active" && (
        <Button
          variant="outline"
          size="sm"
          onClick={handleRevoke}
          disabled={revoke.isPending}
          aria-label={`Revoke ${apiKey.name}`}
        >
          {revoke.isPending && <Loader2 className="animate-spin" aria-hidden="true" />}
          Revoke
        </Button>
      )}
    </li>
  );
}
