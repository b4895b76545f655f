import { useTranslations } from "next-intl";
import type { ImportSource } from "@/models/conversation";

const SOURCE_KEYS = {
  chatgpt: "chatgpt",
  claude: "claude",
  "uni-chat": "uniChat",
} as const satisfies Record<ImportSource, string>;

/** Marks a conversation that was brought in from an export rather than started here. */
export function ImportedBadge({ source }: { source: ImportSource }) {
  const t = useTranslations("chat.imported");
  const name = t(`sources.${SOURCE_KEYS[source]}`);
  return (
    <span
      className="shrink-0 rounded-full border px-2 py-0.5 text-[11px] text-muted-foreground"
      title={t("title", { source: name })}
    >
      {t("badge")}
      <span className="sr-only"> {t("source", { source: name })}</span>
    </span>
  );
}
