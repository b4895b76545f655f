import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getAdminOverview } from "@/lib/admin/overview";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const overview = await getAdminOverview(await requirePageAdmin());
  const figures = [
    { label: "Accounts", value: overview.users, hint: `${overview.newLast7Days} new this week` },
    {
      label: "Active this week",
      value: overview.activeLast7Days,
      hint: "signed in and used the app",
    },
    { label: "Administrators", value: overview.admins, hint: "can manage this instance" },
    { label: "Suspended", value: overview.banned, hint: "cannot sign in" },
  ];
  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
        <p className="text-sm text-muted-foreground">
          An overview of the people using this instance.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((figure) => (
          <Card key={figure.label}>
            <CardHeader className="pb-2">
              <CardDescription>{figure.label}</CardDescription>
              <CardTitle className="text-3xl tabular-nums">{figure.value}</CardTitle>
            </CardHeader>
            <CardContent className="text-xs text-muted-foreground">{figure.hint}</CardContent>
          </Card>
        ))}
      </div>
    </div>
  );
}
