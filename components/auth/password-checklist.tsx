"use client";

import { Check, Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import { passwordSchema } from "@/lib/users/schemas";
import { cn } from "@/lib/utils";

// The rules come from the shared schema: an empty password fails every one of them,
// so the checklist can never drift from what the server enforces.
const RULES = (passwordSchema.safeParse("").error?.issues ?? []).map((issue) => issue.message);

/** The schema's rules, by what the checklist calls each. */
const RULE_PATTERNS = [
  { pattern: /^must be at least (\d+) characters$/, key: "tooShort" },
  { pattern: /^must be at most (\d+) characters$/, key: "tooLong" },
  { pattern: /^must contain a lowercase letter$/, key: "lowercase" },
  { pattern: /^must contain an uppercase letter$/, key: "uppercase" },
  { pattern: /^must contain a digit$/, key: "digit" },
] as const;

/** "must contain a digit" as the English list names a rule the messages lack: "A digit". */
function englishRule(message: string): string {
  const text = message.replace(/^must (be|contain) /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function PasswordChecklist({ password, id }: { password: string; id?: string }) {
  const t = useTranslations("auth.passwordChecklist");
  const failing = new Set(passwordSchema.safeParse(password).error?.issues.map((i) => i.message));

  function ruleLabel(message: string): string {
    for (const { pattern, key } of RULE_PATTERNS) {
      const match = pattern.exec(message);
      if (match) return t(key, { count: Number(match[1] ?? 0) });
    }
    return englishRule(message);
  }

  return (
    <ul id={id} className="grid grid-cols-1 gap-x-4 gap-y-1 text-xs sm:grid-cols-2">
      {RULES.map((rule) => {
        const met = password.length > 0 && !failing.has(rule);
        return (
          <li
            key={rule}
            className={cn(
              "flex items-center gap-1.5 transition-colors",
              met ? "text-success" : "text-muted-foreground",
            )}
          >
            {met ? (
              <Check className="h-3.5 w-3.5" aria-hidden="true" />
            ) : (
              <Circle className="h-3 w-3 opacity-60" aria-hidden="true" />
            )}
            <span>
              {ruleLabel(rule)}
              <span className="sr-only"> ({met ? t("met") : t("unmet")})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
