"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useStickToBottom } from "@/components/common/use-stick-to-bottom";
import type { PanelEntry } from "@/lib/arena/client/session-view";
import { PanelAnswer } from "./panel-answer";

interface ArenaPanelProps {
  id: string;
  headingId: string;
  panel: number;
  entries: PanelEntry[];
  streaming: boolean;
  header: ReactNode;
}

/** One column: its header, then every prompt with this panel's answer, following new text down. */
export function ArenaPanel({ id, headingId, panel, entries, streaming, header }: ArenaPanelProps) {
  const t = useTranslations("arena.panel");
  const { scrollRef, contentRef } = useStickToBottom();
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="flex h-full min-h-0 w-full shrink-0 snap-start flex-col overflow-hidden rounded-xl border bg-card lg:w-auto"
    >
      {header}
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
        <div ref={contentRef} className="flex flex-col gap-6 p-3 sm:p-4">
          {entries.length === 0 ? (
            <p className="py-10 text-center text-sm text-muted-foreground">{t("empty")}</p>
          ) : null}
          {entries.map((entry) => (
            <article key={entry.key} aria-label={t("entry")} className="flex flex-col gap-3">
              <p className="ml-auto max-w-[90%] whitespace-pre-wrap break-words rounded-2xl bg-muted px-3.5 py-2 text-sm">
                {entry.prompt}
              </p>
              <PanelAnswer entry={entry} panel={panel} streaming={streaming} />
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
