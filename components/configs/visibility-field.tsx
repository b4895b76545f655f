"use client";

import { Globe, LayoutTemplate, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { ChoiceRadio } from "@/components/common/choice-radio";
import type { ConfigDto } from "@/lib/configs/dto";
import { cn } from "@/lib/utils";

type Visibility = ConfigDto["visibility"];

const OPTIONS: { value: Visibility; icon: typeof Lock }[] = [
  { value: "private", icon: Lock },
  { value: "public", icon: Globe },
  { value: "template", icon: LayoutTemplate },
];

interface VisibilityFieldProps {
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  /** Only admins make templates; others are not offered the choice. */
  allowTemplate: boolean;
  error?: string;
}

export function VisibilityField({ value, onChange, allowTemplate, error }: VisibilityFieldProps) {
  const t = useTranslations("configs.visibility");
  const id = useId();
  const options = OPTIONS.filter(
    (option) => option.value !== "template" || allowTemplate || value === "template",
  );
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{t("legend")}</legend>
      <div className={cn("grid gap-2", options.length === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
        {options.map(({ value: option, icon: Icon }) => (
          <label
            key={option}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors hover:bg-accent/50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              value === option && "border-brand/60 bg-brand/5",
            )}
          >
            <ChoiceRadio
              name="visibility"
              value={option}
              selected={value}
              onChoose={onChange}
              aria-labelledby={`${id}-${option}`}
              aria-describedby={`${id}-${option}-help`}
              className="sr-only"
            />
            <Icon className="mt-0.5 h-4 w-4 shrink-0 text-muted-foreground" aria-hidden="true" />
            <span className="space-y-0.5">
              <span id={`${id}-${option}`} className="block text-sm font-medium">
                {t(option)}
              </span>
              <span id={`${id}-${option}-help`} className="block text-xs text-muted-foreground">
                {t(`${option}Help`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
    </fieldset>
  );
}
