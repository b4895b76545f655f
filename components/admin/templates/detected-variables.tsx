import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { extractVariables } from "@/lib/templates/variables";

/** The variables the template text has so far, as users will be asked for them. */
export function DetectedVariables({ text, id }: { text: string; id?: string }) {
  const t = useTranslations("admin.templates.variables");
  const variables = useMemo(() => extractVariables(text), [text]);

  return (
    <div id={id} className="text-xs text-muted-foreground" aria-live="polite">
      {variables.length === 0 ? (
        <p>
          {t.rich("none", {
            example: () => <code className="font-mono">{"{{name}}"}</code>,
          })}
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-1.5">
          <span>{t("count", { count: variables.length })}</span>
          <ul className="contents">
            {variables.map((name) => (
              <li
                key={name}
                className="rounded-md border bg-muted/60 px-1.5 py-0.5 font-mono text-[11px] text-foreground"
              >
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
