import { Link2Off } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ErrorState } from "@/components/layout/error-state";

export default async function SharedConversationNotFound() {
  const t = await getTranslations("shares.notFound");
  return <ErrorState icon={Link2Off} title={t("title")} description={t("description")} />;
}
