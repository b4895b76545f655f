import { getTranslations } from "next-intl/server";
import { type Figure, FigureGrid } from "@/components/common/figure-grid";
import type { DashboardDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";

/** The instance at a glance: one figure per card. */
export async function HeadlineCards({ dashboard }: { dashboard: DashboardDto }) {
  const [t, f] = await Promise.all([getTranslations("admin.dashboard.headline"), getFormat()]);
  const { headline, range } = dashboard;
  const period = t("inPeriod", { days: range });
  const figures: Figure[] = [
    { label: t("accounts"), value: f.count(headline.users), hint: t("allTime") },
    {
      label: t("active7"),
      value: f.count(headline.activeLast7Days),
      hint: t("usedTheApp"),
    },
    {
      label: t("active30"),
      value: f.count(headline.activeLast30Days),
      hint: t("usedTheApp"),
    },
    { label: t("newThisWeek"), value: f.count(headline.newThisWeek), hint: t("accountsCreated") },
    { label: t("conversations"), value: f.count(headline.conversations), hint: t("allTime") },
    { label: t("messages"), value: f.count(headline.messages), hint: t("allTime") },
    { label: t("tokens"), value: f.count(headline.tokens), hint: period },
    { label: t("cost"), value: f.usd(headline.costUsd), hint: period },
    { label: t("images"), value: f.count(headline.imagesGenerated), hint: t("allTime") },
    { label: t("arenaVotes"), value: f.count(headline.arenaVotes), hint: t("allTime") },
  ];
  return <FigureGrid figures={figures} className="grid-cols-2 sm:grid-cols-3 lg:grid-cols-5" />;
}
