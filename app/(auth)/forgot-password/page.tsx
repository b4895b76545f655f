import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { mailConfigured } from "@/lib/mail/send";

export const metadata: Metadata = { title: "Forgot password" };
// Whether mail is set up is read when the page is asked for, not when it is built.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="We'll email you a link to choose a new one."
    >
      {mailConfigured() ? (
        <ForgotPasswordForm />
      ) : (
        <div className="space-y-4">
          <Alert>
            This server cannot send email, so passwords cannot be reset here. Ask your administrator
            to reset it.
          </Alert>
          <p className="text-center text-sm">
            <AuthLink href="/login">Back to sign in</AuthLink>
          </p>
        </div>
      )}
    </AuthCard>
  );
}
