import { fieldErrorsFor } from "@/components/common/field-errors";
import { ActionError, errorMessage } from "@/components/common/server-action";

/**
 * A failed action as the dialog shows it: a field's problem beside that
 * field, anything else (a refusal, a lost connection) above the buttons.
 */
export function actionErrors<K extends string>(
  error: Error | null,
  labels: Record<K, string>,
): { fields: Partial<Record<K, string>>; message?: string } {
  if (!error) return { fields: {} };
  const fields = fieldErrorsFor(error instanceof ActionError ? error.fields : undefined, labels);
  return {
    fields,
    message: Object.values(fields).some(Boolean) ? undefined : errorMessage(error),
  };
}
