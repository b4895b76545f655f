"use client";

import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { priceDetail, priceSummary } from "./model-price";
import type { ImageForm } from "./use-image-form";

interface ImageModelFieldProps {
  form: ImageForm;
  loading: boolean;
  /** Why the model list could not be loaded. */
  error: string | null;
}

/** The image-capable models, each with its price; the full prices of the chosen one below. */
export function ImageModelField({ form, loading, error }: ImageModelFieldProps) {
  if (loading) {
    return (
      <div className="space-y-2" aria-busy="true">
        <span className="text-sm font-medium leading-none">Model</span>
        <Skeleton className="h-10 w-full" />
        <span className="sr-only" role="status">
          Loading models…
        </span>
      </div>
    );
  }
  if (error || form.imageModels.length === 0) {
    return (
      <div className="space-y-2">
        <span className="text-sm font-medium leading-none">Model</span>
        <p className="rounded-md border border-dashed px-3 py-2.5 text-sm text-muted-foreground">
          {error ??
            "The model provider offers no image models right now. Ask your administrator, or try again later."}
        </p>
      </div>
    );
  }
  return (
    <Field label="Model" hint={form.model ? priceDetail(form.model) : undefined}>
      <NativeSelect
        value={form.modelId ?? ""}
        onChange={(event) => form.chooseModel(event.target.value)}
      >
        {form.imageModels.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name} · {priceSummary(model)}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}
