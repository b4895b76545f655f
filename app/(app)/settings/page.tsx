import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.page");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const user = await requirePageUser();
  const [profile, withPassword, t] = await Promise.all([
    getProfile(user),
    hasPassword(user),
    getTranslations("settings.page"),
  ]);

  return (
    <PageLayout width="3xl" title={t("title")} description={t("description")}>
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
