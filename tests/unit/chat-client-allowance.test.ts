import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { allowanceOf, allowanceWarning as warningIn } from "@/lib/chat/client/allowance";
import { ENGLISH } from "@/lib/i18n/format";
import en from "@/messages/en";

const words = createTranslator({ locale: "en", messages: en, namespace: "chat.allowance" });
type Args = Parameters<typeof warningIn>;
const allowanceWarning = (estimate: Args[0], allowance: Args[1]) =>
  warningIn(estimate, allowance, words, ENGLISH);

const unlimited = { tokensUsed: 0, tokensLimit: -1, costThisMonthUsd: 0, monthlyBudgetUsd: -1 };

describe("the composer's allowance warning", () => {
  it("says nothing without limits, or when the message fits", () => {
    expect(allowanceWarning({ tokens: 1e9, costUsd: 1e6 }, allowanceOf(unlimited))).toBeNull();
    const roomy = allowanceOf({ ...unlimited, tokensLimit: 10_000, tokensUsed: 2_000 });
    expect(allowanceWarning({ tokens: 8_000, costUsd: null }, roomy)).toBeNull();
  });

  it("warns when the message needs more tokens than are left", () => {
    const tight = allowanceOf({ ...unlimited, tokensLimit: 10_000, tokensUsed: 9_500 });
    expect(allowanceWarning({ tokens: 600, costUsd: null }, tight)).toBe(
      "This needs about 600 tokens; 500 are left of your allowance.",
    );
  });

  it("warns when the allowance or the budget is used up, over-spending included", () => {
    const spentTokens = allowanceOf({ ...unlimited, tokensLimit: 1_000, tokensUsed: 1_400 });
    expect(allowanceWarning({ tokens: 1, costUsd: 0 }, spentTokens)).toMatch(/token allowance/);
    const spentBudget = allowanceOf({ ...unlimited, monthlyBudgetUsd: 1, costThisMonthUsd: 1.2 });
    expect(allowanceWarning({ tokens: 1, costUsd: 0 }, spentBudget)).toMatch(/budget/);
  });

  it("warns when the message would cost more than is left of the budget", () => {
    const budget = allowanceOf({ ...unlimited, monthlyBudgetUsd: 1, costThisMonthUsd: 0.99 });
    expect(allowanceWarning({ tokens: 100, costUsd: 0.05 }, budget)).toBe(
      "This costs about $0.050; $0.010 is left of this month's budget.",
    );
  });
});
