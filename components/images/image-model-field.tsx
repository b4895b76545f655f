"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import type { ImageForm } from "./use-image-form";
import { useModelPrice } from "./use-model-price";

interface ImageModelFieldProps {
  form: ImageForm;
  loading: boolean;
  /** Why the model list could not be loaded. */
  error: string | null;
}

/** The image-capable models, each with its price; the full prices of the chosen one below. */
export function ImageModelField({ form, loading, error }: ImageModelFieldProps) {
  const t = useTranslations("images.model");
  const price = useModelPrice();
  if (loading) {
    return (
      <div className="space-y-2" aria-busy="true">
        <span className="text-sm font-medium leading-none">{t("label")}</span>
        <Skeleton className="h-10 w-full" />
        <span className="sr-only" role="status">
          {t("loading")}
        </span>
      </div>
    );
  }
  if (error || form.imageModels.length === 0) {
    return (
      <div className="space-y-2">
        <span className="text-sm font-medium leading-none">{t("label")}</span>
        <p className="rounded-md border border-dashed px-3 py-2.5 text-sm text-muted-foreground">
          {error ?? t("none")}
        </p>
      </div>
    );
  }
  return (
    <Field label={t("label")} hint={form.model ? price.detail(form.model) : undefined}>
      <NativeSelect
        value={form.modelId ?? ""}
        onChange={(event) => form.chooseModel(event.target.value)}
      >
        {form.imageModels.map((model) => (
          <option key={model.id} value={model.id}>
            {t("option", { name: model.name, price: price.summary(model) })}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}
