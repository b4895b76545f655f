"use client";

import { useTranslations } from "next-intl";
import { ChoiceRadio } from "@/components/common/choice-radio";
import { ASPECT_RATIOS, type AspectRatio } from "@/lib/images/options";

// The ratios that have a name of their own (images.aspectRatio.names).
const NAMES: Partial<Record<AspectRatio, "square" | "widescreen" | "phoneScreen" | "cinema">> = {
  "1:1": "square",
  "16:9": "widescreen",
  "9:16": "phoneScreen",
  "21:9": "cinema",
};

// The largest side of the little shape drawn for each ratio, in pixels.
const SHAPE_PX = 18;

function shape(ratio: AspectRatio): { width: number; height: number } {
  const [w = 1, h = 1] = ratio.split(":").map(Number);
  const scale = SHAPE_PX / Math.max(w, h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

interface AspectRatioPickerProps {
  value: AspectRatio;
  onChange: (ratio: AspectRatio) => void;
}

/** Radio buttons drawn as the shapes they make; arrow keys move between them. */
export function AspectRatioPicker({ value, onChange }: AspectRatioPickerProps) {
  const t = useTranslations("images.aspectRatio");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium leading-none">{t("legend")}</legend>
      <div className="grid grid-cols-4 gap-1.5">
        {ASPECT_RATIOS.map((ratio) => {
          const key = NAMES[ratio];
          const name = key ? t(`names.${key}`) : undefined;
          return (
            <label key={ratio} className="relative" title={name}>
              <ChoiceRadio
                name="aspect-ratio"
                value={ratio}
                selected={value}
                onChoose={onChange}
                className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
                aria-label={name ? t("named", { ratio, name }) : ratio}
              />
              <span className="flex h-14 cursor-pointer flex-col items-center justify-center gap-1.5 rounded-md border bg-background text-xs tabular-nums text-muted-foreground transition-colors hover:bg-accent hover:text-foreground peer-checked:border-primary peer-checked:bg-accent peer-checked:font-medium peer-checked:text-foreground peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-1 peer-focus-visible:ring-offset-background">
                <span
                  aria-hidden="true"
                  className="rounded-[3px] border-[1.5px] border-current"
                  style={shape(ratio)}
                />
                {ratio}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
