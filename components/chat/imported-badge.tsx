import type { ImportSource } from "@/models/conversation";

const SOURCE_NAMES: Record<ImportSource, string> = {
  chatgpt: "ChatGPT",
  claude: "Claude",
  "uni-chat": "a Uni-Chat export",
};

/** Marks a conversation that was brought in from an export rather than started here. */
export function ImportedBadge({ source }: { source: ImportSource }) {
  const from = `Imported from ${SOURCE_NAMES[source]}`;
  return (
    <span
      className="shrink-0 rounded-full border px-2 py-0.5 text-[11px] text-muted-foreground"
      title={from}
    >
      Imported
      <span className="sr-only"> from {SOURCE_NAMES[source]}</span>
    </span>
  );
}
