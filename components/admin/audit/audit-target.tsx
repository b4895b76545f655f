"use client";

import { Filter } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditEntryDto } from "@/lib/admin/dto";
import { userHref } from "../links";

/** Each kind of target as the log stores it, and the message that names it. */
const TARGET_TYPES = {
  user: "user",
  llm_config: "config",
  prompt_template: "template",
} as const;

/** The kinds the audit log looks up names for; without a name, such a target is gone. */
const NAMED_TYPES = new Set(["user", "llm_config"]);

interface AuditTargetProps {
  entry: AuditEntryDto;
  /** Narrows the log to entries about this target. */
  onFilter: (targetId: string) => void;
}

/** What an action was about: its name if it still exists, its kind, and its id. */
export function AuditTarget({ entry, onFilter }: AuditTargetProps) {
  const t = useTranslations("admin.audit.target");
  const type = entry.targetType;
  const kind = Object.hasOwn(TARGET_TYPES, type)
    ? t(`types.${TARGET_TYPES[type as keyof typeof TARGET_TYPES]}`)
    : type;
  const { targetId, targetLabel } = entry;
  if (!targetId) return <span className="text-muted-foreground">{kind}</span>;
  const label = targetLabel ?? (NAMED_TYPES.has(type) ? t("deleted", { kind }) : kind);
  return (
    <div className="min-w-0">
      {entry.targetType === "user" && targetLabel ? (
        <Link
          href={userHref(targetId)}
          title={label}
          className="block truncate font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {label}
        </Link>
      ) : (
        <span className="block truncate font-medium" title={label}>
          {label}
        </span>
      )}
      <button
        type="button"
        onClick={() => onFilter(targetId)}
        title={t("filterTitle")}
        aria-label={t("filterLabel", { label })}
        className="group inline-flex max-w-full items-center gap-1 rounded text-xs text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <span className="truncate">
          {label === kind ? `${t("id")} ` : `${kind} · `}
          <span className="font-mono">{targetId.slice(-8)}</span>
        </span>
        <Filter
          className="h-3 w-3 shrink-0 opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
          aria-hidden="true"
        />
      </button>
    </div>
  );
}
