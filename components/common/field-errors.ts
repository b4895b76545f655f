import { fieldMessage } from "@/components/ui/field";
import { readerText } from "@/lib/i18n/reader";

type FieldMessages = Record<string, string[] | undefined>;

/**
 * Picks the messages for the form's own fields and names each field in its
 * sentence. A message about a part of a field ("tags.2") is that field's.
 */
export function fieldErrorsFor<K extends string>(
  fields: FieldMessages | undefined,
  labels: Record<K, string>,
): Partial<Record<K, string>> {
  const byField: Partial<Record<K, string[]>> = {};
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const field = labelledField(path, labels);
    if (field && messages) byField[field] = [...(byField[field] ?? []), ...messages];
  }
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(byField) as K[]) {
    const message = fieldMessage(labels[key], byField[key]);
    if (message) errors[key] = message;
  }
  return errors;
}

function labelledField<K extends string>(path: string, labels: Record<K, string>): K | undefined {
  for (let key = path; key; key = key.slice(0, Math.max(key.lastIndexOf("."), 0))) {
    if (Object.hasOwn(labels, key)) return key as K;
  }
  return undefined;
}

/** With errors shown beside the fields, the toast only points at them; the raw message is for the API. */
export function failureMessage(
  message: string,
  fields: Record<string, string | undefined>,
): string {
  return Object.values(fields).some(Boolean) ? readerText()("errors.checkFields") : message;
}
