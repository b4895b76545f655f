import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { RegisterForm } from "@/components/auth/register-form";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create account" };
// Whether sign-up is open is the running server's setting, not the build's.
export const dynamic = "force-dynamic";

export default function RegisterPage() {
  if (!env().ALLOW_REGISTRATION) return <RegistrationClosed />;
  return (
    <AuthCard title="Create your account" description="One account for every model your team runs.">
      <RegisterForm />
    </AuthCard>
  );
}

function RegistrationClosed() {
  return (
    <AuthCard
      title="Sign-up is closed"
      description="This server doesn't take new accounts. Ask an administrator for one."
    >
      <p className="text-center text-sm">
        <AuthLink href="/login">Back to sign in</AuthLink>
      </p>
    </AuthCard>
  );
}
