"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { OptionSelect, type SelectOption } from "@/components/ui/native-select";
import { AUDIT_ACTIONS } from "@/lib/admin/audit-actions";
import { DateRangeFields } from "../date-range-fields";
import { type AuditFilter, isAuditFiltered, isCompleteId } from "./audit-filter";
import { actionLabel } from "./audit-text";

export interface AdminOption {
  id: string;
  name: string;
}

const ACTION_OPTIONS: SelectOption<string>[] = [
  { value: "", label: "Any action" },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) })),
];

interface AuditFilterBarProps {
  filter: AuditFilter;
  onChange: (patch: Partial<AuditFilter>) => void;
  onClear: () => void;
  admins: AdminOption[];
}

/** Who, what, about whom, and when. */
export function AuditFilterBar({ filter, onChange, onClear, admins }: AuditFilterBarProps) {
  const target = filter.targetId.trim();
  const targetError =
    target && !isCompleteId(target) ? "An id is 24 characters, 0–9 and a–f." : undefined;
  // An admin picked by link who is no longer an admin still needs an option to show as selected.
  const options =
    filter.adminId && !admins.some((admin) => admin.id === filter.adminId)
      ? [...admins, { id: filter.adminId, name: "Former admin" }]
      : admins;

  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 md:items-start 2xl:grid-cols-[12rem_14rem_minmax(0,1fr)_9.5rem_9.5rem_auto]">
      <Field label="Admin">
        <OptionSelect
          value={filter.adminId}
          options={[
            { value: "", label: "Any admin" },
            ...options.map((admin) => ({ value: admin.id, label: admin.name })),
          ]}
          onChange={(adminId) => onChange({ adminId })}
        />
      </Field>
      <Field label="Action">
        <OptionSelect
          value={filter.action}
          options={ACTION_OPTIONS}
          onChange={(action) => onChange({ action })}
        />
      </Field>
      <Field label="Target id" error={targetError} className="col-span-2 md:col-span-1">
        <Input
          value={filter.targetId}
          maxLength={24}
          spellCheck={false}
          autoComplete="off"
          placeholder="e.g. a user's id"
          className="font-mono"
          onChange={(event) => onChange({ targetId: event.target.value })}
        />
      </Field>
      <DateRangeFields range={filter} onChange={onChange} />
      <div className="col-span-2 flex items-end md:col-span-1 md:h-full md:pb-0.5">
        <Button type="button" variant="ghost" onClick={onClear} disabled={!isAuditFiltered(filter)}>
          Clear filters
        </Button>
      </div>
    </div>
  );
}
