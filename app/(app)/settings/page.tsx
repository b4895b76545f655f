import type { Metadata } from "next";
import { PageLayout } from "@/components/layout/page-layout";
import { AccountCard } from "@/components/settings/account-card";
import { ApiKeys } from "@/components/settings/api-keys";
import { PasswordForm } from "@/components/settings/password-form";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SharedLinksCard } from "@/components/shares/shared-links-card";
import { requirePageUser } from "@/lib/auth/page";
import { getProfile } from "@/lib/users/profile";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const profile = await getProfile(user);

  return (
    <PageLayout
      width="3xl"
      title="Settings"
      description="Manage your profile, preferences, password, API keys and shared links."
    >
      <AccountCard email={profile.email} role={profile.role} createdAt={profile.createdAt} />
      <ProfileForm
        initial={{ displayName: profile.displayName, bio: profile.bio }}
        avatarUrl={profile.avatarUrl}
      />
      <PreferencesForm initial={profile.settings} />
      <PasswordForm email={profile.email} />
      <ApiKeys />
      <SharedLinksCard />
    </PageLayout>
  );
}
