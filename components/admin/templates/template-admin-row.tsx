"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { DeleteButton } from "@/components/common/delete-button";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { useDeleteTemplate, useSetTemplateActive } from "./use-template-admin";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

interface TemplateAdminRowProps {
  template: TemplateDto;
  onEdit: () => void;
}

export function TemplateAdminRow({ template, onEdit }: TemplateAdminRowProps) {
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
              Hidden
            </span>
          )}
        </div>
        {template.description ? (
          <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{template.description}</p>
        ) : null}
        <p className="mt-1 text-xs text-muted-foreground">
          {template.variables.length === 0
            ? "No variables"
            : `${plural(template.variables.length, "variable", "variables")}: ${template.variables.join(", ")}`}
          {" · "}
          {template.usageCount === 0
            ? "not used yet"
            : `used ${plural(template.usageCount, "time", "times")}`}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <div className="mr-1 flex items-center gap-2 text-xs text-muted-foreground">
          <Switch
            checked={active}
            disabled={setActive.isPending}
            aria-label={`Show "${template.name}" to users`}
            onCheckedChange={(isActive) => setActive.mutate({ template, isActive })}
          />
          <span aria-hidden="true" className="w-11">
            {active ? "Shown" : "Hidden"}
          </span>
        </div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-label={`Edit "${template.name}"`}
          onClick={onEdit}
        >
          <Pencil aria-hidden="true" />
          Edit
        </Button>
        <DeleteButton aria-label={`Delete "${template.name}"`} onClick={() => setDeleting(true)}>
          Delete
        </DeleteButton>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this template?"
        description={`“${template.name}” will be gone for everyone. Messages already written with it are not changed. To keep it but stop offering it, hide it instead.`}
        confirmLabel="Delete"
        onConfirm={() => remove.mutate(template)}
      />
    </li>
  );
}
