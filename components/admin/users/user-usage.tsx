import { getTranslations } from "next-intl/server";
import { type Figure, FigureGrid, share } from "@/components/common/figure-grid";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";

/** The account's usage against its limits, and what it holds. */
export async function UserUsage({ user }: { user: AdminUserDetailDto }) {
  const [t, f] = await Promise.all([getTranslations("admin.user.usage"), getFormat()]);
  const figures: Figure[] = [
    {
      label: t("tokensUsed"),
      value: f.count(user.tokensUsed),
      hint: t("limit", { limit: f.limit(user.tokensLimit, f.count) }),
      share: share(user.tokensUsed, user.tokensLimit),
    },
    {
      label: t("costThisMonth"),
      value: f.usd(user.costThisMonthUsd),
      hint: t("monthlyBudget", { budget: f.limit(user.monthlyBudgetUsd, f.budgetUsd) }),
      share: share(user.costThisMonthUsd, user.monthlyBudgetUsd),
    },
    { label: t("cost"), value: f.usd(user.costUsd), hint: t("sinceReset") },
    { label: t("messagesSent"), value: f.count(user.messagesSent), hint: t("sinceReset") },
    { label: t("conversations"), value: f.count(user.conversations), hint: t("keptArchived") },
    { label: t("apiKeys"), value: f.count(user.apiKeys), hint: t("stillWork") },
  ];
  return <FigureGrid figures={figures} className="grid-cols-2 lg:grid-cols-3" />;
}
