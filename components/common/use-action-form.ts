"use client";

import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { toast } from "@/components/common/toast";
import type { ActionResult } from "@/lib/http/action";
import { failureMessage, fieldErrorsFor } from "./field-errors";
import { ActionError, errorMessage, useServerAction } from "./server-action";

type FieldMessages = Record<string, string[] | undefined>;

/** The values that are text, typed into an input or a textarea. */
type TextKey<V> = { [N in keyof V]: V[N] extends string ? N : never }[keyof V] & string;

/** What the form sends, or the messages of the fields to fix, keyed as the server keys them. */
type CheckedInput<I> = { ok: true; input: I } | { ok: false; fields: FieldMessages };

interface ActionFormOptions<V, K extends string, I, T> {
  initial: V;
  /** The fields whose errors the form shows, keyed as the server names them, with their labels. */
  labels: Record<K, string>;
  /** Turns the values into the action's input, or says which fields to fix first. */
  check: (values: V) => CheckedInput<I>;
  action: (input: NoInfer<I>) => Promise<ActionResult<T>>;
  onSuccess: (data: T, input: NoInfer<I>) => void | Promise<void>;
  /** Called when the check refused the values, after their errors are shown. */
  onInvalid?: () => void;
  /** Called on every change of a value, e.g. to take down a "saved" notice. */
  onEdit?: () => void;
  /** Which field's error a change of a value clears, where the two are named apart. */
  fieldOf?: (key: keyof V) => K;
}

/**
 * A form over one server action: its values, an error under each field (from
 * the form's own check or from the server), the pending state and submit. A
 * refusal keeps every value as typed; with the form's ref attached, the first
 * field to fix gets focus.
 */
export function useActionForm<V extends object, K extends string, I, T>(
  options: ActionFormOptions<V, K, I, T>,
) {
  const { labels } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(options.initial);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});

  function show(fields: FieldMessages | undefined): Partial<Record<K, string>> {
    const shown = fieldErrorsFor(fields, labels);
    setErrors(shown);
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    });
    return shown;
  }

  const mutation = useServerAction(options.action, {
    onSuccess: async (data, input) => {
      setErrors({});
      await options.onSuccess(data, input);
    },
    onError: (error) => {
      const shown = show(error instanceof ActionError ? error.fields : undefined);
      toast.error(failureMessage(errorMessage(error), shown));
    },
  });

  function set<N extends keyof V>(name: N, value: V[N]) {
    setValues((current) => ({ ...current, [name]: value }));
    options.onEdit?.();
    const field = options.fieldOf ? options.fieldOf(name) : (name as unknown as K);
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  /** A text field's `name`, `value` and `onChange`, bound to the value of that name. */
  function text<N extends TextKey<V>>(name: N) {
    return {
      name,
      value: values[name] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(name, event.target.value as V[N]),
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = options.check(values);
    if (!checked.ok) {
      show(checked.fields);
      options.onInvalid?.();
      return;
    }
    mutation.mutate(checked.input);
  }

  return {
    formRef,
    values,
    setValues,
    set,
    text,
    errors,
    submit,
    pending: mutation.isPending,
  };
}
