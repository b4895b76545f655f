"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { IconAction } from "./icon-action";
import { useCopy } from "./use-copy";

/** An icon button that copies `text`, with a ✓ for a moment after. */
export function CopyAction({ label, text }: { label: string; text: string }) {
  const t = useTranslations("common");
  const { copied, copy } = useCopy();
  return (
    <IconAction
      label={copied ? t("copied") : label}
      disabled={!text}
      onClick={() => void copy(text)}
    >
      {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
    </IconAction>
  );
}
