"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { createConfigAction, updateConfigAction } from "@/app/(app)/configs/actions";
import { toast } from "@/components/common/toast";
import { useActionForm } from "@/components/common/use-action-form";
import { createConfigSchema } from "@/lib/configs/schemas";
import { queryKeys } from "@/lib/query-keys";
import { type ConfigFormValues, issueFields, toConfigInput } from "./form-values";

type Values = ConfigFormValues;

/** The server's name for each form value: parameters by their path ("parameters.topP"). */
const FIELD_OF = {
  name: "name",
  modelId: "modelId",
  description: "description",
  systemPrompt: "systemPrompt",
  avatar: "avatar",
  temperature: "parameters.temperature",
  maxTokens: "parameters.maxTokens",
  topP: "parameters.topP",
  frequencyPenalty: "parameters.frequencyPenalty",
  presencePenalty: "parameters.presencePenalty",
  tags: "tags",
  visibility: "visibility",
} as const satisfies Record<keyof Values, string>;

type Field = (typeof FIELD_OF)[keyof Values];

/** Each field's label, keyed as the server names the field. */
function useFieldLabels(): Record<Field, string> {
  const t = useTranslations("configs.fields");
  const entries = Object.entries(FIELD_OF) as [keyof Values, Field][];
  return Object.fromEntries(entries.map(([value, field]) => [field, t(value)])) as Record<
    Field,
    string
  >;
}

/**
 * The editor's values, errors and saving. A refused save keeps every value
 * as typed and shows each message under its field; leaving the page with
 * unsaved changes asks first.
 */
export function useConfigForm(initial: Values, configId: string | null) {
  const t = useTranslations("configs.editor");
  const labels = useFieldLabels();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState(initial);
  const [done, setDone] = useState(false);
  const form = useActionForm({
    initial,
    labels,
    fieldOf: (key: keyof Values) => FIELD_OF[key],
    check: (values: Values) => {
      const parsed = createConfigSchema.safeParse(toConfigInput(values));
      if (!parsed.success) return { ok: false, fields: issueFields(parsed.error) };
      // An edit leaves visibility alone unless it changed: a template stays one for a demoted admin.
      const { visibility, ...rest } = parsed.data;
      return {
        ok: true,
        input: configId && visibility === baseline.visibility ? rest : parsed.data,
      };
    },
    onInvalid: () => toast.error(t("invalid")),
    action: (input) => (configId ? updateConfigAction(configId, input) : createConfigAction(input)),
    onSuccess: async (saved) => {
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.configs.all() });
      toast.success(t(configId ? "saved" : "created", { name: saved.name }));
      router.push("/configs");
    },
  });
  const { values, setValues } = form;
  const dirty = !done && JSON.stringify(values) !== JSON.stringify(baseline);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** A new config starts on the model the model list suggests, without counting as a change. */
  const adoptModel = useCallback(
    (modelId: string) => {
      setBaseline((current) => (current.modelId ? current : { ...current, modelId }));
      setValues((current) => (current.modelId ? current : { ...current, modelId }));
    },
    [setValues],
  );

  return {
    formRef: form.formRef,
    labels,
    values,
    errors: form.errors,
    set: form.set,
    text: form.text,
    adoptModel,
    submit: form.submit,
    // Saved: still busy while the page moves on to the list.
    pending: form.pending || done,
    dirty,
  };
}

/** What a section of the editor needs of the form: its values and errors, and how to change them. */
export type ConfigBinding = Pick<
  ReturnType<typeof useConfigForm>,
  "labels" | "values" | "errors" | "set" | "text"
>;
