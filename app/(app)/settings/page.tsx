import type { Metadata } from "next";
import { ImportCard } from "@/components/imports/import-card";
import { PageLayout } from "@/components/layout/page-layout";
import { AccountCard } from "@/components/settings/account-card";
import { ApiKeys } from "@/components/settings/api-keys";
import { DeleteAccount } from "@/components/settings/delete-account";
import { EmailForm } from "@/components/settings/email-form";
import { PasswordForm } from "@/components/settings/password-form";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SsoPasswordNote } from "@/components/settings/sso-password-note";
import { YourDataCard } from "@/components/settings/your-data-card";
import { SharedLinksCard } from "@/components/shares/shared-links-card";
import { requirePageUser } from "@/lib/auth/page";
import { mailConfigured } from "@/lib/mail/send";
import { getProfile, hasPassword } from "@/lib/users/profile";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const [profile, withPassword] = await Promise.all([getProfile(user), hasPassword(user)]);

  return (
    <PageLayout
      width="3xl"
      title="Settings"
      description="Manage your profile, preferences, email, password, API keys, shared links and data."
    >
      <AccountCard email={profile.email} role={profile.role} createdAt={profile.createdAt} />
      <ProfileForm
        initial={{ displayName: profile.displayName, bio: profile.bio }}
        avatarUrl={profile.avatarUrl}
      />
      <PreferencesForm initial={profile.settings} />
      {withPassword ? (
        <>
          <EmailForm email={profile.email} mailEnabled={mailConfigured()} />
          <PasswordForm email={profile.email} />
        </>
      ) : (
        <SsoPasswordNote />
      )}
      <ApiKeys />
      <SharedLinksCard />
      <ImportCard />
      <YourDataCard />
      <DeleteAccount email={profile.email} hasPassword={withPassword} />
    </PageLayout>
  );
}
