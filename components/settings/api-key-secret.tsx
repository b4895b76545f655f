"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCopy } from "@/components/common/use-copy";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The new key, shown this once: the server keeps only its hash. */
export function ApiKeySecret({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const t = useTranslations("settings.apiKeys");
  const common = useTranslations("common");
  const { copied, copy } = useCopy();
  return (
    <Alert variant="success">
      <div className="space-y-3">
        <p className="font-medium">{t("secret", { name })}</p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <code
            data-testid="new-api-key"
            className="min-w-0 flex-1 select-all break-all rounded-md border bg-background px-3 py-2 font-mono text-xs text-foreground"
          >
            {secret}
          </code>
          <div className="flex gap-2">
            <Button type="button" variant="outline" size="sm" onClick={() => copy(secret)}>
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? common("copied") : common("copy")}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={onDone}>
              {t("done")}
            </Button>
          </div>
        </div>
      </div>
    </Alert>
  );
}
