"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setLimitsAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { useFormat } from "@/components/common/use-format";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";
import { dialogWords } from "./dialog-words";
import { LimitField } from "./limit-field";
import { parseLimit, toLimitInput } from "./limit-value";

export function LimitsDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const t = useTranslations("admin.user.limits");
  const f = useFormat();
  const labels = { tokensLimit: t("tokensLimit"), monthlyBudgetUsd: t("monthlyBudget") };
  const setLimits = useUserAction<AdminUserDetailDto>();
  const [tokens, setTokens] = useState(() => toLimitInput(user.tokensLimit));
  const [budget, setBudget] = useState(() => toLimitInput(user.monthlyBudgetUsd));
  const [touched, setTouched] = useState(false);
  const tokensLimit = parseLimit(tokens, { wholeNumber: true });
  const monthlyBudgetUsd = parseLimit(budget, { wholeNumber: false });
  const server = actionErrors(setLimits.error, labels);
  const local = (parsed: typeof tokensLimit) =>
    touched && "error" in parsed ? t(`problems.${parsed.error}`) : undefined;

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
        success: t("success", { name }),
      },
      { onSuccess: () => onOpenChange(false) },
    );
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      {...dialogWords(t, name)}
      pending={setLimits.isPending}
      error={server.message}
      onSubmit={submit}
    >
      <LimitField
        label={labels.tokensLimit}
        unlimitedLabel={t("unlimitedTokens")}
        hint={t("tokensHint", { used: f.count(user.tokensUsed) })}
        value={tokens}
        onChange={setTokens}
        error={local(tokensLimit) ?? server.fields.tokensLimit}
        step={1000}
      />
      <LimitField
        label={labels.monthlyBudgetUsd}
        unlimitedLabel={t("unlimitedBudget")}
        hint={t("budgetHint")}
        value={budget}
        onChange={setBudget}
        error={local(monthlyBudgetUsd) ?? server.fields.monthlyBudgetUsd}
        step={0.01}
        prefix="$"
      />
    </FormDialog>
  );
}
