import { useTranslations } from "next-intl";
import { ConfigListPageSkeleton } from "@/components/configs/page-skeleton";

export default function ConfigsLoading() {
  const t = useTranslations("configs.list");
  return <ConfigListPageSkeleton label={t("loading")} />;
}
