"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCopy } from "@/components/common/use-copy";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A link's address, selectable, with a button that copies it. */
export function ShareUrlField({ url, label }: { url: string; label: string }) {
  const t = useTranslations("shares.urlField");
  const common = useTranslations("common");
  const { copied, copy } = useCopy();
  return (
    <div className="flex gap-2">
      <Input
        readOnly
        value={url}
        aria-label={label}
        className="min-w-0 flex-1 font-mono text-xs"
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button type="button" variant="outline" onClick={() => void copy(url)}>
        {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {/* Named on a phone too, where the address needs the room. */}
        <span className="sr-only sm:not-sr-only">{copied ? common("copied") : t("copy")}</span>
      </Button>
    </div>
  );
}
