import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardIntro } from "@/components/ui/card";

/** The download of everything the account holds, as the export route builds it. */
export async function YourDataCard() {
  const t = await getTranslations("settings.yourData");
  return (
    <Card>
      <CardIntro title={t("title")} description={t("description")} />
      <CardContent>
        <Button asChild variant="outline">
          <a href="/api/users/me/export" download>
            <Download className="h-4 w-4" aria-hidden="true" />
            {t("download")}
          </a>
        </Button>
      </CardContent>
    </Card>
  );
}
