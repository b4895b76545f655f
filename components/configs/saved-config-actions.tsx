"use client";

import type { ConfigDto } from "@/lib/configs/dto";
import { StartChatLink } from "./config-links";
import { UnsaveButton } from "./unsave-button";

/** A config saved from the gallery: use it, or take it off the list. */
export function SavedConfigActions({ config }: { config: ConfigDto }) {
  const { id, name } = config;
  return (
    <>
      <StartChatLink config={config} />
      <UnsaveButton id={id} name={name} />
    </>
  );
}
