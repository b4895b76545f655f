"use client";

import { useState } from "react";
import { setLimitsAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { formatCount } from "@/components/common/format";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";
import { LimitField } from "./limit-field";
import { parseLimit, toLimitInput } from "./limit-value";

const LABELS = { tokensLimit: "Token limit", monthlyBudgetUsd: "Monthly budget" } as const;

export function LimitsDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const setLimits = useUserAction<AdminUserDetailDto>();
  const [tokens, setTokens] = useState(() => toLimitInput(user.tokensLimit));
  const [budget, setBudget] = useState(() => toLimitInput(user.monthlyBudgetUsd));
  const [touched, setTouched] = useState(false);
  const tokensLimit = parseLimit(tokens, { wholeNumber: true });
  const monthlyBudgetUsd = parseLimit(budget, { wholeNumber: false });
  const server = actionErrors(setLimits.error, LABELS);
  const local = (parsed: typeof tokensLimit) =>
    touched && "error" in parsed ? parsed.error : undefined;

  function submit() {
    setTouched(true);
    if ("error" in tokensLimit || "error" in monthlyBudgetUsd) return;
    setLimits.mutate(
      {
        call: () =>
          setLimitsAction(user.id, {
            tokensLimit: tokensLimit.value,
            monthlyBudgetUsd: monthlyBudgetUsd.value,
          }),
        success: `${name}'s limits are saved.`,
      },
      { onSuccess: () => onOpenChange(false) },
    );
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Limits for ${name}`}
      description="Checked before every model call in chat, the arena, images and the API. A user over a limit is told so and nothing is sent."
      submitLabel="Save limits"
      pendingLabel="Saving…"
      pending={setLimits.isPending}
      error={server.message}
      onSubmit={submit}
    >
      <LimitField
        label={LABELS.tokensLimit}
        hint={`Tokens in total until you reset their usage; ${formatCount(user.tokensUsed)} used so far.`}
        value={tokens}
        onChange={setTokens}
        error={local(tokensLimit) ?? server.fields.tokensLimit}
        step={1000}
      />
      <LimitField
        label={LABELS.monthlyBudgetUsd}
        hint="In US dollars per calendar month (UTC)."
        value={budget}
        onChange={setBudget}
        error={local(monthlyBudgetUsd) ?? server.fields.monthlyBudgetUsd}
        step={0.01}
        prefix="$"
      />
    </FormDialog>
  );
}
