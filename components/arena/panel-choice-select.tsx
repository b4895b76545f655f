"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import { configChoice, modelChoice, type PanelChoice } from "@/lib/arena/client/panel-choice";
import { groupModels } from "@/lib/chat/shared/models";
import type { ConfigDto } from "@/lib/configs/dto";
import type { ModelInfo } from "@/lib/llm/model-info";

interface PanelChoiceSelectProps
  extends Omit<React.ComponentProps<typeof NativeSelect>, "value" | "onChange"> {
  value: PanelChoice;
  onChange: (value: PanelChoice) => void;
  configs: readonly ConfigDto[];
  models: readonly ModelInfo[];
}

/** One panel's pick: the user's configs first, then the models by provider. */
export const PanelChoiceSelect = forwardRef<HTMLSelectElement, PanelChoiceSelectProps>(
  function PanelChoiceSelect({ value, onChange, configs, models, ...rest }, ref) {
    const t = useTranslations("arena.panelChoice");
    return (
      <NativeSelect ref={ref} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
        <option value="" disabled>
          {t("placeholder")}
        </option>
        {configs.length > 0 ? (
          <optgroup label={t("yourConfigs")}>
            {configs.map((config) => (
              <option key={config.id} value={configChoice(config.id)}>
                {`${config.avatar} ${config.name} · ${config.modelName || config.modelId}`}
              </option>
            ))}
          </optgroup>
        ) : null}
        {groupModels(models).map((group) => (
          <optgroup key={group.provider} label={group.provider}>
            {group.models.map((model) => (
              <option key={model.id} value={modelChoice(model.id)}>
                {model.name}
              </option>
            ))}
          </optgroup>
        ))}
      </NativeSelect>
    );
  },
);
