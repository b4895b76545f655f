import type { Metadata } from "next";
import { AccountCard } from "@/components/settings/account-card";
import { ApiKeys } from "@/components/settings/api-keys";
import { PasswordForm } from "@/components/settings/password-form";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { requirePageUser } from "@/lib/auth/page";
import { getProfile } from "@/lib/users/profile";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const profile = await getProfile(user);

  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-muted-foreground">
          Manage your profile, preferences, password and API keys.
        </p>
      </div>
      <AccountCard email={profile.email} role={profile.role} createdAt={profile.createdAt} />
      <ProfileForm
        initial={{ displayName: profile.displayName, bio: profile.bio }}
        avatarUrl={profile.avatarUrl}
      />
      <PreferencesForm initial={profile.settings} />
      <PasswordForm email={profile.email} />
      <ApiKeys />
    </div>
  );
}
