import { ChevronRight, Gauge } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

interface AccountCardProps {
  email: string;
  role: "user" | "admin";
  createdAt: string;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long" });

export function AccountCard({ email, role, createdAt }: AccountCardProps) {
  const rows = [
    { label: "Email", value: email },
    { label: "Role", value: role === "admin" ? "Administrator" : "Member" },
    { label: "Member since", value: dateFormat.format(new Date(createdAt)) },
  ];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Account</CardTitle>
        <CardDescription>
          Change your email below; ask an administrator about your role.
        </CardDescription>
      </CardHeader>
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
            <span className="font-medium">Usage</span>
            <span className="block text-xs text-muted-foreground">
              Your tokens and cost this month, against your limits
            </span>
          </span>
          <ChevronRight className="h-4 w-4 text-muted-foreground" aria-hidden="true" />
        </Link>
      </CardContent>
    </Card>
  );
}
