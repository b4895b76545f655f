"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/lib/utils";
import { diffValues } from "./audit-diff";

/** One side of a field's change; `tint` marks a value that changed. */
function ValueCell({ text, tint }: { text: string | undefined; tint: string | false }) {
  return (
    <td className="px-3 py-1.5 align-top">
      {text === undefined ? (
        <span className="text-muted-foreground">—</span>
      ) : (
        <code className={cn("break-all font-mono text-xs", tint)}>{text}</code>
      )}
    </td>
  );
}

/** What an action changed, field by field; unchanged fields are folded away until asked for. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("admin.audit.diff");
  const [showSame, setShowSame] = useState(false);
  const lines = diffValues(before, after);
  const same = lines.filter((line) => line.change === "same").length;
  const shown = showSame ? lines : lines.filter((line) => line.change !== "same");

  if (lines.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("nothingRecorded")}</p>;
  }
  return (
    <div className="space-y-2">
      {shown.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border bg-background">
          <table className="w-full table-fixed text-sm">
            <thead className="text-left text-xs text-muted-foreground">
              <tr className="border-b">
                <th scope="col" className="w-2/5 px-3 py-1.5 font-medium">
                  {t("field")}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("before")}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {shown.map((line) => (
                <tr
                  key={line.path}
                  className={cn(line.change === "same" && "text-muted-foreground")}
                >
                  <th
                    scope="row"
                    className="px-3 py-1.5 text-left align-top font-mono text-xs font-normal"
                  >
                    {line.path || t("wholeValue")}
                    <span className="sr-only">, {t(`changes.${line.change}`)}</span>
                  </th>
                  <ValueCell
                    text={line.before}
                    tint={
                      line.change !== "same" && "rounded bg-destructive/10 px-1 text-destructive"
                    }
                  />
                  <ValueCell
                    text={line.after}
                    tint={line.change !== "same" && "rounded bg-success/10 px-1 text-success"}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("nothingChanged")}</p>
      )}
      {same > 0 ? (
        <button
          type="button"
          onClick={() => setShowSame((value) => !value)}
          aria-expanded={showSame}
          className="rounded-md text-xs font-medium text-muted-foreground underline-offset-2 hover:text-foreground hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {showSame ? t("hideUnchanged") : t("showUnchanged", { count: same })}
        </button>
      ) : null}
    </div>
  );
}
