import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "@/components/auth/register-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create account" };
// Whether sign-up is open is the running server's setting, not the build's.
export const dynamic = "force-dynamic";

export default function RegisterPage() {
  if (!env().ALLOW_REGISTRATION) return <RegistrationClosed />;
  return (
    <Card className="shadow-lg shadow-black/[0.03]">
      <CardHeader className="space-y-2 text-center">
        <CardTitle asChild className="text-xl">
          <h1>Create your account</h1>
        </CardTitle>
        <CardDescription>One account for every model your team runs.</CardDescription>
      </CardHeader>
      <CardContent>
        <RegisterForm />
      </CardContent>
    </Card>
  );
}

function RegistrationClosed() {
  return (
    <Card className="shadow-lg shadow-black/[0.03]">
      <CardHeader className="space-y-2 text-center">
        <CardTitle asChild className="text-xl">
          <h1>Sign-up is closed</h1>
        </CardTitle>
        <CardDescription>
          This server doesn't take new accounts. Ask an administrator for one.
        </CardDescription>
      </CardHeader>
      <CardContent className="text-center text-sm">
        <Link href="/login" className="font-medium underline-offset-4 hover:underline">
          Back to sign in
        </Link>
      </CardContent>
    </Card>
  );
}
