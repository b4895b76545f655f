import { formatTokens, formatUsd } from "@/lib/chat/client/format";
import { ENGLISH } from "@/lib/i18n/format";

export { formatTokens, formatUsd };

// English forms, while the interface moves to useFormat().
export const formatCount = ENGLISH.count;
export const formatDate = ENGLISH.date;
export const formatDateTime = ENGLISH.dateTime;
export const formatClock = ENGLISH.clock;
export const formatLastActive = ENGLISH.lastActive;
export const formatLimit = ENGLISH.limit;

/** "openai/gpt-4o" → provider "openai", name "gpt-4o"; an id without a provider is all name. */
export function splitModelId(modelId: string): { provider: string | null; name: string } {
  const slash = modelId.indexOf("/");
  if (slash <= 0 || slash === modelId.length - 1) return { provider: null, name: modelId };
  return { provider: modelId.slice(0, slash), name: modelId.slice(slash + 1) };
}
