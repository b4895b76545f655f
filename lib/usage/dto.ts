/** One row of a usage breakdown: a day of the month or a model. */
interface UsageSumDto {
  replies: number;
  tokens: number;
  costUsd: number;
}

/** What the signed-in person sees of their own usage, the figures the admin sees for them. */
export interface MyUsageDto {
  /** The UTC month shown, "YYYY-MM". */
  month: string;
  /** What the token limit counts: every token since usage was last reset, running calls included. */
  tokensUsed: number;
  /** -1 means unlimited. */
  tokensLimit: number;
  costThisMonthUsd: number;
  /** -1 means unlimited. */
  monthlyBudgetUsd: number;
  /** Every day of the month so far, oldest first, days without usage as zeros. */
  byDay: (UsageSumDto & { day: string })[];
  /** This month, the costliest model first. */
  byModel: (UsageSumDto & { modelId: string })[];
}
