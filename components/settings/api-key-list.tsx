"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/common/toast";
import { useFormat } from "@/components/common/use-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { ApiKeyDto } from "@/lib/keys/dto";
import { cn } from "@/lib/utils";
import { useApiKeys, useRevokeApiKey } from "./data";

export function ApiKeyList() {
  const t = useTranslations("settings.apiKeys");
  const common = useTranslations("common");
  const keys = useApiKeys();

  if (keys.isPending) {
    return (
      <div className="space-y-2" role="status" aria-busy="true">
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </div>
    );
  }
  if (keys.isError) {
    return (
      <Alert variant="destructive">
        <p>
          {t("loadFailed")} {keys.error.message}
        </p>
        <Button variant="outline" size="sm" className="mt-2" onClick={() => keys.refetch()}>
          {common("retry")}
        </Button>
      </Alert>
    );
  }
  if (keys.data.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
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
  const t = useTranslations("settings.apiKeys");
  const f = useFormat();
  const revoke = useRevokeApiKey();

  function handleRevoke() {
    if (!window.confirm(t("confirmRevoke", { name: apiKey.name }))) return;
    revoke.mutate(apiKey.id, {
      onSuccess: () => toast.success(t("revokedNamed", { name: apiKey.name })),
      onError: (error) => toast.error(error.message),
    });
  }

  const details = [
    t("created", { date: f.date(apiKey.createdAt) }),
    apiKey.lastUsedAt ? t("lastUsed", { date: f.date(apiKey.lastUsedAt) }) : t("neverUsed"),
    apiKey.expiresAt ? t("expires", { date: f.date(apiKey.expiresAt) }) : t("neverExpires"),
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
            {t(`status.${apiKey.status}`)}
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
          aria-label={t("revokeNamed", { name: apiKey.name })}
        >
          {revoke.isPending && <Loader2 className="animate-spin" aria-hidden="true" />}
          {t("revoke")}
        </Button>
      )}
    </li>
  );
}
