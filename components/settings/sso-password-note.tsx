import { getTranslations } from "next-intl/server";
import { Card, CardIntro } from "@/components/ui/card";

/** In place of the email and password forms for an account made by single sign-on, which has no password to confirm them with. */
export async function SsoPasswordNote() {
  const t = await getTranslations("settings.ssoNote");
  return (
    <Card>
      <CardIntro title={t("title")} description={t("description")} />
    </Card>
  );
}
