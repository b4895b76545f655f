"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import type { ArenaPanelDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";

const COLUMNS: Record<number, string> = {
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-4",
};

interface PanelGridProps {
  panels: readonly ArenaPanelDto[];
  /** The DOM id of a panel's section, for the tabs to point at. */
  panelId: (index: number) => string;
  /** Marks a tab whose panel is still answering. */
  running: (index: number) => boolean;
  children: ReactNode;
}

/**
 * Panels side by side on a wide screen; on a narrower one a row that
 * swipes a panel at a time (CSS scroll snap), with A B C D tabs above it.
 */
export function PanelGrid({ panels, panelId, running, children }: PanelGridProps) {
  const t = useTranslations("arena.panel");
  const scroller = useRef<HTMLDivElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);

  const show = (index: number) => {
    const target = scroller.current?.children[index];
    if (target instanceof HTMLElement) {
      scroller.current?.scrollTo({ left: target.offsetLeft, behavior: "smooth" });
    }
    setActive(index);
  };

  // A swipe moves the row; the tab follows whichever panel it settles on.
  const onScroll = () => {
    const row = scroller.current;
    if (!row || row.clientWidth === 0) return;
    const nearest = [...row.children].reduce<{ index: number; distance: number }>(
      (best, child, index) => {
        const distance = Math.abs((child as HTMLElement).offsetLeft - row.scrollLeft);
        return distance < best.distance ? { index, distance } : best;
      },
      { index: 0, distance: Number.POSITIVE_INFINITY },
    );
    setActive(nearest.index);
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + panels.length) % panels.length;
    show(next);
    tabs.current[next]?.focus();
  };

  return (
    <>
      <div
        role="tablist"
        aria-label={t("tabs")}
        className="flex shrink-0 gap-1 px-3 pb-2 lg:hidden"
      >
        {panels.map((panel) => (
          <button
            key={panel.index}
            ref={(node) => {
              tabs.current[panel.index] = node;
            }}
            type="button"
            role="tab"
            aria-selected={active === panel.index}
            aria-controls={panelId(panel.index)}
            tabIndex={active === panel.index ? 0 : -1}
            onClick={() => show(panel.index)}
            onKeyDown={(event) => onTabKey(event, panel.index)}
            className={cn(
              "relative flex h-9 min-w-0 flex-1 items-center justify-center gap-1.5 rounded-lg border px-2 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              active === panel.index
                ? "border-primary bg-primary text-primary-foreground"
                : "bg-background text-muted-foreground hover:bg-accent hover:text-foreground",
            )}
          >
            {panel.label}
            {panel.name ? <span className="sr-only">: {panel.name}</span> : null}
            {running(panel.index) ? (
              <>
                <span
                  className="h-1.5 w-1.5 shrink-0 animate-pulse rounded-full bg-current"
                  aria-hidden="true"
                />
                <span className="sr-only">{t("answering")}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div className="flex min-h-0 flex-1 px-3 pb-2">
        <div
          ref={scroller}
          onScroll={onScroll}
          className={cn(
            "relative flex min-w-0 flex-1 snap-x snap-mandatory gap-3 overflow-x-auto [scrollbar-width:none] lg:grid lg:snap-none lg:overflow-visible",
            COLUMNS[panels.length],
          )}
        >
          {children}
        </div>
      </div>
    </>
  );
}
