import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { MissingLink } from "@/components/auth/missing-link";

export const metadata: Metadata = { title: "Confirm your new email" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConfirmEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Confirm your new email"
      description="Your account will use this address from now on; the old one is told."
    >
      {typeof token === "string" && token ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <MissingLink retryHref="/settings" retryLabel="Ask again from Settings" />
      )}
    </AuthCard>
  );
}
