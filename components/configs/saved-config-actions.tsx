"use client";

import { MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";
import { chatWithConfigUrl } from "./data";
import { UnsaveButton } from "./unsave-button";

/** A config saved from the gallery: use it, or take it off the list. */
export function SavedConfigActions({ config }: { config: ConfigDto }) {
  const { id, name } = config;
  return (
    <>
      <Button asChild size="sm">
        <Link href={chatWithConfigUrl(id)} aria-label={`Start a chat with "${name}"`}>
          <MessageSquarePlus aria-hidden="true" />
          Start chat
        </Link>
      </Button>
      <UnsaveButton id={id} name={name} />
    </>
  );
}
