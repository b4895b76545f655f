"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { IMAGE_SIZES, type ImageSize } from "@/lib/images/options";

interface ImageSizeFieldProps {
  value: ImageSize | "";
  onChange: (size: ImageSize | "") => void;
}

/** Resolution, for the models that take it. */
export function ImageSizeField({ value, onChange }: ImageSizeFieldProps) {
  const t = useTranslations("images.size");
  return (
    <Field label={t("label")} hint={t("hint")}>
      <NativeSelect
        value={value}
        onChange={(event) => {
          const size = IMAGE_SIZES.find((candidate) => candidate === event.target.value);
          onChange(size ?? "");
        }}
      >
        <option value="">{t("modelDefault")}</option>
        {IMAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}
