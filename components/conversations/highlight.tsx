import type { ReactNode } from "react";

/** Marks each case-insensitive occurrence of `query` in `text`. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = query.trim();
  if (!needle) return <>{text}</>;
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > from) parts.push(text.slice(from, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200/70 text-inherit dark:bg-amber-400/30">
        {match[0]}
      </mark>,
    );
    from = start + match[0].length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
