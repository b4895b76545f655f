"use client";

import { Filter } from "lucide-react";
import Link from "next/link";
import type { AuditEntryDto } from "@/lib/admin/dto";
import { userHref } from "../links";

const TARGET_TYPES: Record<string, string> = {
  user: "User",
  llm_config: "Config",
  prompt_template: "Template",
};

/** The kinds the audit log looks up names for; without a name, such a target is gone. */
const NAMED_TYPES = new Set(["user", "llm_config"]);

interface AuditTargetProps {
  entry: AuditEntryDto;
  /** Narrows the log to entries about this target. */
  onFilter: (targetId: string) => void;
}

/** What an action was about: its name if it still exists, its kind, and its id. */
export function AuditTarget({ entry, onFilter }: AuditTargetProps) {
  const kind = TARGET_TYPES[entry.targetType] ?? entry.targetType;
  const { targetId, targetLabel } = entry;
  if (!targetId) return <span className="text-muted-foreground">{kind}</span>;
  const label = targetLabel ?? (NAMED_TYPES.has(entry.targetType) ? `${kind} (deleted)` : kind);
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
        title="Show only entries about this"
        aria-label={`Show only entries about ${label}`}
        className="group inline-flex max-w-full items-center gap-1 rounded text-xs text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <span className="truncate">
          {label === kind ? "id " : `${kind} · `}
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
