import { getTranslations } from "next-intl/server";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** In place of the email and password forms for an account made by single sign-on, which has no password to confirm them with. */
export async function SsoPasswordNote() {
  const t = await getTranslations("settings.ssoNote");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
    </Card>
  );
}
