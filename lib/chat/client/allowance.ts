import type { useTranslations } from "next-intl";
import type { Formatters } from "@/lib/i18n/format";
import type { MyUsageDto } from "@/lib/usage/dto";

type AllowanceWords = ReturnType<typeof useTranslations<"chat.allowance">>;

/** What a message may still use; null where there is no limit. */
interface Allowance {
  tokensLeft: number | null;
  budgetLeftUsd: number | null;
}

export function allowanceOf(
  usage: Pick<MyUsageDto, "tokensUsed" | "tokensLimit" | "costThisMonthUsd" | "monthlyBudgetUsd">,
): Allowance {
  return {
    tokensLeft: usage.tokensLimit < 0 ? null : Math.max(0, usage.tokensLimit - usage.tokensUsed),
    budgetLeftUsd:
      usage.monthlyBudgetUsd < 0
        ? null
        : Math.max(0, usage.monthlyBudgetUsd - usage.costThisMonthUsd),
  };
}

/**
 * Why a message of this estimate would not fit what is left, in words; null
 * when it fits. The prompt alone is compared: the reply comes on top, so a
 * message that fits may still reach the limit.
 */
export function allowanceWarning(
  estimate: { tokens: number; costUsd: number | null },
  allowance: Allowance,
  t: AllowanceWords,
  f: Pick<Formatters, "tokens" | "usd">,
): string | null {
  const { tokensLeft, budgetLeftUsd } = allowance;
  if (budgetLeftUsd === 0) return t("budgetSpent");
  if (tokensLeft === 0) return t("tokensSpent");
  if (tokensLeft !== null && estimate.tokens > tokensLeft) {
    return t("tooManyTokens", { needed: f.tokens(estimate.tokens), left: f.tokens(tokensLeft) });
  }
  if (budgetLeftUsd !== null && estimate.costUsd !== null && estimate.costUsd > budgetLeftUsd) {
    return t("overBudget", { cost: f.usd(estimate.costUsd), left: f.usd(budgetLeftUsd) });
  }
  return null;
}
