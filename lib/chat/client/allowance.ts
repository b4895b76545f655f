import type { MyUsageDto } from "@/lib/usage/dto";
import { formatTokens, formatUsd } from "./format";

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
): string | null {
  const { tokensLeft, budgetLeftUsd } = allowance;
  if (budgetLeftUsd === 0)
    return "You have spent this month's budget; the message will be refused.";
  if (tokensLeft === 0) return "You have used your token allowance; the message will be refused.";
  if (tokensLeft !== null && estimate.tokens > tokensLeft) {
    return `This needs about ${formatTokens(estimate.tokens)} tokens; ${formatTokens(tokensLeft)} are left of your allowance.`;
  }
  if (budgetLeftUsd !== null && estimate.costUsd !== null && estimate.costUsd > budgetLeftUsd) {
    return `This costs about ${formatUsd(estimate.costUsd)}; ${formatUsd(budgetLeftUsd)} is left of this month's budget.`;
  }
  return null;
}
