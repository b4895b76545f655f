import { MessageSquarePlus, Pencil } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";
import { chatWithConfigUrl } from "./data";

type Named = Pick<ConfigDto, "id" | "name">;

/** A new chat with the config: "Start chat" on the person's own lists, "Use" in the gallery. */
export function StartChatLink({ config, short }: { config: Named; short?: boolean }) {
  const t = useTranslations("configs.links");
  const { name } = config;
  return (
    <Button asChild size="sm">
      <Link
        href={chatWithConfigUrl(config.id)}
        aria-label={short ? t("useNamed", { name }) : t("startChatWith", { name })}
      >
        <MessageSquarePlus aria-hidden="true" />
        {short ? t("use") : t("startChat")}
      </Link>
    </Button>
  );
}

export function EditConfigLink({ config }: { config: Named }) {
  const t = useTranslations("configs.links");
  const common = useTranslations("common");
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={`/configs/${config.id}/edit`} aria-label={t("editNamed", { name: config.name })}>
        <Pencil aria-hidden="true" />
        {common("edit")}
      </Link>
    </Button>
  );
}
