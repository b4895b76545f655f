import { ChevronRight, Wrench } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ToolCallDto } from "@/lib/conversations/dto";

const SUMMARY_ARGUMENTS = 60;

/** The arguments on one line, cut to fit a summary; the whole text is inside. */
function shortArguments(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SUMMARY_ARGUMENTS ? `${flat.slice(0, SUMMARY_ARGUMENTS - 1)}…` : flat;
}

/** JSON indented for reading; any other text as it came. */
function readable(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * The tools an answer called through the API, each a line that opens to its
 * arguments and the result the caller sent back.
 */
export function ToolCalls({ calls }: { calls: ToolCallDto[] }) {
  const t = useTranslations("chat.toolCalls");
  return (
    <ul aria-label={t("label")} className="mt-2 flex flex-col gap-1.5 first:mt-0">
      {calls.map((call) => (
        <li key={call.id}>
          <details className="group rounded-lg border bg-muted/40 text-sm">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-1.5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring [&::-webkit-details-marker]:hidden">
              <ChevronRight
                aria-hidden="true"
                className="h-3.5 w-3.5 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
              />
              <Wrench aria-hidden="true" className="h-3.5 w-3.5 shrink-0 text-muted-foreground" />
              <span className="min-w-0 truncate">
                {t.rich("called", {
                  name: call.name,
                  arguments: shortArguments(call.arguments),
                  tool: (chunks) => <code className="font-mono">{chunks}</code>,
                  args: (chunks) => (
                    <code className="font-mono text-muted-foreground">{chunks}</code>
                  ),
                })}
              </span>
            </summary>
            <div className="space-y-2 border-t px-3 py-2">
              <ToolText label={t("arguments")} text={call.arguments} />
              {call.result === null ? (
                <p className="text-xs text-muted-foreground">{t("noResult")}</p>
              ) : (
                <ToolText label={t("result")} text={call.result} />
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

function ToolText({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="text-xs font-medium text-muted-foreground">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-background px-2 py-1.5 font-mono text-xs">
        {readable(text)}
      </pre>
    </div>
  );
}
