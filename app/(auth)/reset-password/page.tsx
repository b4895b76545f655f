import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { MissingLink } from "@/components/auth/missing-link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Choose a new password"
      description="You'll be signed out everywhere, then sign in with the new one."
    >
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <MissingLink retryHref="/forgot-password" retryLabel="Get a new link" />
      )}
    </AuthCard>
  );
}
