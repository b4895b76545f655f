"use client";

import { useTranslations } from "next-intl";
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

interface AuditFilterBarProps {
  filter: AuditFilter;
  onChange: (patch: Partial<AuditFilter>) => void;
  onClear: () => void;
  admins: AdminOption[];
}

/** Who, what, about whom, and when. */
export function AuditFilterBar({ filter, onChange, onClear, admins }: AuditFilterBarProps) {
  const t = useTranslations("admin.audit");
  const actionOptions: SelectOption<string>[] = [
    { value: "", label: t("filter.anyAction") },
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(t, action) })),
  ];
  const target = filter.targetId.trim();
  const targetError = target && !isCompleteId(target) ? t("filter.targetIdInvalid") : undefined;
  // An admin picked by link who is no longer an admin still needs an option to show as selected.
  const options =
    filter.adminId && !admins.some((admin) => admin.id === filter.adminId)
      ? [...admins, { id: filter.adminId, name: t("filter.formerAdmin") }]
      : admins;

  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 md:items-start 2xl:grid-cols-[12rem_14rem_minmax(0,1fr)_9.5rem_9.5rem_auto]">
      <Field label={t("filter.admin")}>
        <OptionSelect
          value={filter.adminId}
          options={[
            { value: "", label: t("filter.anyAdmin") },
            ...options.map((admin) => ({ value: admin.id, label: admin.name })),
          ]}
          onChange={(adminId) => onChange({ adminId })}
        />
      </Field>
      <Field label={t("filter.action")}>
        <OptionSelect
          value={filter.action}
          options={actionOptions}
          onChange={(action) => onChange({ action })}
        />
      </Field>
      <Field label={t("filter.targetId")} error={targetError} className="col-span-2 md:col-span-1">
        <Input
          value={filter.targetId}
          maxLength={24}
          spellCheck={false}
          autoComplete="off"
          placeholder={t("filter.targetIdPlaceholder")}
          className="font-mono"
          onChange={(event) => onChange({ targetId: event.target.value })}
        />
      </Field>
      <DateRangeFields range={filter} onChange={onChange} />
      <div className="col-span-2 flex items-end md:col-span-1 md:h-full md:pb-0.5">
        <Button type="button" variant="ghost" onClick={onClear} disabled={!isAuditFiltered(filter)}>
          {t("filter.clear")}
        </Button>
      </div>
    </div>
  );
}
