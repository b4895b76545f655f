"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { createConfigAction, updateConfigAction } from "@/app/(app)/configs/actions";
import { toast } from "@/components/common/toast";
import { useActionForm } from "@/components/common/use-action-form";
import { createConfigSchema } from "@/lib/configs/schemas";
import { queryKeys } from "@/lib/query-keys";
import { type ConfigFormValues, issueFields, toConfigInput } from "./form-values";

export const LABELS = {
  name: "Name",
  modelId: "Model",
  description: "Description",
  systemPrompt: "System prompt",
  avatar: "Avatar",
  "parameters.temperature": "Temperature",
  "parameters.maxTokens": "Max tokens",
  "parameters.topP": "Top P",
  "parameters.frequencyPenalty": "Frequency penalty",
  "parameters.presencePenalty": "Presence penalty",
  tags: "Tags",
  visibility: "Visibility",
};

type Field = keyof typeof LABELS;
type Values = ConfigFormValues;

/** Which error a form value's change clears: the server names parameters by their path. */
const FIELD_OF: Record<keyof Values, Field> = {
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
};

/**
 * The editor's values, errors and saving. A refused save keeps every value
 * as typed and shows each message under its field; leaving the page with
 * unsaved changes asks first.
 */
export function useConfigForm(initial: Values, configId: string | null) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState(initial);
  const [done, setDone] = useState(false);
  const form = useActionForm({
    initial,
    labels: LABELS,
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
    onInvalid: () => toast.error("Check the highlighted fields and try again."),
    action: (input) => (configId ? updateConfigAction(configId, input) : createConfigAction(input)),
    onSuccess: async (saved) => {
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.configs.all() });
      toast.success(configId ? `"${saved.name}" saved.` : `"${saved.name}" created.`);
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
  "values" | "errors" | "set" | "text"
>;
