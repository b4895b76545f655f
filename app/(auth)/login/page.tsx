import type { Metadata } from "next";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { LoginForm, type LoginNotice } from "@/components/auth/login-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const notice: LoginNotice | undefined =
    params.error === "banned"
      ? "banned"
      : params.reason === "signed-out"
        ? "signed-out"
        : undefined;

  return (
    <Card className="shadow-lg shadow-black/[0.03]">
      <CardHeader className="space-y-2 text-center">
        <CardTitle asChild className="text-xl">
          <h1>Welcome back</h1>
        </CardTitle>
        <CardDescription>Sign in to continue to Uni-Chat.</CardDescription>
      </CardHeader>
      <CardContent>
        <LoginForm callbackUrl={safeCallbackUrl(params.callbackUrl)} notice={notice} />
      </CardContent>
    </Card>
  );
}
