import { MessageSquarePlus, Pencil } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";
import { chatWithConfigUrl } from "./data";

type Named = Pick<ConfigDto, "id" | "name">;

/** A new chat with the config: "Start chat" on the person's own lists, "Use" in the gallery. */
export function StartChatLink({ config, short }: { config: Named; short?: boolean }) {
  return (
    <Button asChild size="sm">
      <Link
        href={chatWithConfigUrl(config.id)}
        aria-label={short ? `Use "${config.name}"` : `Start a chat with "${config.name}"`}
      >
        <MessageSquarePlus aria-hidden="true" />
        {short ? "Use" : "Start chat"}
      </Link>
    </Button>
  );
}

export function EditConfigLink({ config }: { config: Named }) {
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={`/configs/${config.id}/edit`} aria-label={`Edit "${config.name}"`}>
        <Pencil aria-hidden="true" />
        Edit
      </Link>
    </Button>
  );
}
