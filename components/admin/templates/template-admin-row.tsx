"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { DeleteButton } from "@/components/common/delete-button";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { useDeleteTemplate, useSetTemplateActive } from "../data";

interface TemplateAdminRowProps {
  template: TemplateDto;
  onEdit: () => void;
}

export function TemplateAdminRow({ template, onEdit }: TemplateAdminRowProps) {
  const t = useTranslations("admin.templates.row");
  const common = useTranslations("common");
  const setActive = useSetTemplateActive();
  const remove = useDeleteTemplate();
  const [deleting, setDeleting] = useState(false);
  // Shows the change at once; the server's answer (or a failure) settles it.
  const active = setActive.isPending ? setActive.variables.isActive : template.isActive;

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
      <div className={cn("min-w-0 flex-1", !active && "opacity-70")}>
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="min-w-0 truncate text-sm font-semibold">{template.name}</h2>
          <span className="rounded-full bg-secondary px-2 py-0.5 text-xs font-medium text-secondary-foreground">
            {template.category}
          </span>
          {active ? null : (
            <span className="rounded-full border border-dashed px-2 py-0.5 text-xs text-muted-foreground">
              {t("hidden")}
            </span>
          )}
        </div>
        {template.description ? (
          <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{template.description}</p>
        ) : null}
        <p className="mt-1 text-xs text-muted-foreground">
          {t("variables", {
            count: template.variables.length,
            names: template.variables.join(", "),
          })}
          {" · "}
          {t("used", { count: template.usageCount })}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2">
        <div className="mr-1 flex items-center gap-2 text-xs text-muted-foreground">
          <Switch
            checked={active}
            disabled={setActive.isPending}
            aria-label={t("showLabel", { name: template.name })}
            onCheckedChange={(isActive) => setActive.mutate({ template, isActive })}
          />
          {/* Both words share one cell, so the buttons stay put when one replaces the other. */}
          <span aria-hidden="true" className="grid">
            <span className={cn("col-start-1 row-start-1", !active && "invisible")}>
              {t("shown")}
            </span>
            <span className={cn("col-start-1 row-start-1", active && "invisible")}>
              {t("hidden")}
            </span>
          </span>
        </div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-label={t("editLabel", { name: template.name })}
          onClick={onEdit}
        >
          <Pencil aria-hidden="true" />
          {common("edit")}
        </Button>
        <DeleteButton
          aria-label={t("deleteLabel", { name: template.name })}
          onClick={() => setDeleting(true)}
        >
          {common("delete")}
        </DeleteButton>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t("deleteTitle")}
        description={t("deleteDescription", { name: template.name })}
        confirmLabel={common("delete")}
        onConfirm={() => remove.mutate(template)}
      />
    </li>
  );
}
