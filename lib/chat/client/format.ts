import { ENGLISH } from "@/lib/i18n/format";

// English forms for code with no reader's locale at hand; the interface uses useFormat().
export const formatUsd = ENGLISH.usd;
export const formatTokens = ENGLISH.tokens;
export const formatPerMillion = ENGLISH.perMillion;
export const formatDuration = ENGLISH.duration;
