"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { createConfigAction, updateConfigAction } from "@/app/(app)/configs/actions";
import { toast } from "@/components/common/toast";
import { callAction, failureMessage, fieldErrorsFor } from "@/components/forms/call-action";
import { createConfigSchema } from "@/lib/configs/schemas";
import { queryKeys } from "@/lib/query-keys";
import { type ConfigFormValues, foldTagErrors, issueFields, toConfigInput } from "./form-values";

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
  const formRef = useRef<HTMLFormElement>(null);
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const dirty = !done && JSON.stringify(values) !== JSON.stringify(baseline);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) =>
      current[FIELD_OF[key]] ? { ...current, [FIELD_OF[key]]: undefined } : current,
    );
  }

  /** A new config starts on the model the model list suggests, without counting as a change. */
  const adoptModel = useCallback((modelId: string) => {
    setBaseline((current) => (current.modelId ? current : { ...current, modelId }));
    setValues((current) => (current.modelId ? current : { ...current, modelId }));
  }, []);

  function showErrors(fields: Record<string, string[]> | undefined, message: string) {
    const shown = fieldErrorsFor(foldTagErrors(fields), LABELS);
    setErrors(shown);
    toast.error(failureMessage(message, shown));
    // The first field to fix gets focus, so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createConfigSchema.safeParse(toConfigInput(values));
    if (!parsed.success) {
      showErrors(issueFields(parsed.error), "Check the highlighted fields and try again.");
      return;
    }
    // An edit leaves visibility alone unless it changed: a template stays one for a demoted admin.
    const { visibility, ...rest } = parsed.data;
    const input = configId && visibility === baseline.visibility ? rest : parsed.data;
    startTransition(async () => {
      const result = await callAction(() =>
        configId ? updateConfigAction(configId, input) : createConfigAction(input),
      );
      if (!result.ok) {
        showErrors(result.error.fields, result.error.message);
        return;
      }
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.configs.all() });
      toast.success(configId ? `"${result.data.name}" saved.` : `"${result.data.name}" created.`);
      router.push("/configs");
    });
  }

  return { formRef, values, errors, set, adoptModel, submit, pending, dirty };
}
