"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ImportResultDto } from "@/lib/imports/dto";
import { useConversationTitles } from "./data";

/** How many of the imported conversations get a link: the sidebar has them all. */
const LINKED = 5;

/** What an import stored, with links to the first few conversations. */
export function ImportResult({ result }: { result: ImportResultDto }) {
  const t = useTranslations("imports.result");
  const ids = result.conversationIds.slice(0, LINKED);
  const titles = useConversationTitles(ids);
  const more = result.imported - ids.length;
  return (
    <Alert variant="success">
      <p className="font-medium">{t("imported", { count: result.imported })}</p>
      <p className="mt-1 text-foreground/80">{t("where")}</p>
      <ul className="mt-2 space-y-1">
        {ids.map((id, index) => (
          <li key={id} className="truncate">
            <Link
              href={`/chat/${id}`}
              className="underline underline-offset-4 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              {titles[index] ?? t("untitled", { number: index + 1 })}
            </Link>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="mt-1 text-foreground/80">{t("more", { count: more })}</p>}
    </Alert>
  );
}
