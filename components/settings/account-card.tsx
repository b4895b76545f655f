import { ChevronRight, Gauge } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardIntro } from "@/components/ui/card";
import { getFormat } from "@/lib/i18n/server-format";

interface AccountCardProps {
  email: string;
  role: "user" | "admin";
  createdAt: string;
}

export async function AccountCard({ email, role, createdAt }: AccountCardProps) {
  const [t, f] = await Promise.all([getTranslations("settings.account"), getFormat()]);
  const rows = [
    { label: t("email"), value: email },
    { label: t("role"), value: t(`roles.${role}`) },
    { label: t("memberSince"), value: f.date(createdAt) },
  ];

  return (
    <Card>
      <CardIntro title={t("title")} description={t("description")} />
      <CardContent>
        <dl className="grid gap-4 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
          {rows.map((row) => (
            <div key={row.label} className="min-w-0 space-y-1">
              <dt className="text-muted-foreground">{row.label}</dt>
              <dd className="break-words font-medium">{row.value}</dd>
            </div>
          ))}
        </dl>
        <Link
          href="/settings/usage"
          className="mt-5 flex items-center gap-3 rounded-lg border px-3 py-2.5 text-sm transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <Gauge className="h-4 w-4 text-muted-foreground" aria-hidden="true" />
          <span className="min-w-0 flex-1">
            <span className="font-medium">{t("usage")}</span>
            <span className="block text-xs text-muted-foreground">{t("usageHint")}</span>
          </span>
          <ChevronRight className="h-4 w-4 text-muted-foreground" aria-hidden="true" />
        </Link>
      </CardContent>
    </Card>
  );
}
