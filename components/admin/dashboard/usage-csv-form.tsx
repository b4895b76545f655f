"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateRangeFields, isBackwards } from "../date-range-fields";

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface UsageCsvFormProps {
  /** Today (UTC) as the server saw it, so the first render matches in the browser. */
  today: string;
}

/**
 * Every usage record of a period as a spreadsheet. A plain GET form: the
 * browser downloads the file and stays on the page.
 */
export function UsageCsvForm({ today }: UsageCsvFormProps) {
  const t = useTranslations("admin.dashboard.usageCsv");
  const [range, setRange] = useState(() => ({
    from: isoDay(new Date(Date.parse(today) - 29 * DAY_MS)),
    to: today,
  }));

  return (
    <section
      aria-labelledby="usage-csv-title"
      className="rounded-xl border bg-card p-4 shadow-sm sm:p-5"
    >
      <h2 id="usage-csv-title" className="text-sm font-semibold">
        {t("title")}
      </h2>
      <p className="text-xs text-muted-foreground">{t("description")}</p>
      <form action="/api/admin/usage.csv" method="get" className="mt-4 grid grid-cols-2 gap-3">
        <DateRangeFields range={range} onChange={setRange} latest={today} submitted />
        <Button
          type="submit"
          variant="outline"
          className="col-span-2 justify-self-start"
          disabled={!range.from || !range.to || isBackwards(range)}
        >
          <Download aria-hidden="true" />
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
