"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, memo, useMemo } from "react";
import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import remarkGfm from "remark-gfm";
import { splitMarkdownBlocks } from "@/lib/chat/client/markdown-blocks";
import { normalizeMath } from "@/lib/chat/client/math-delimiters";
import { safeUrl } from "@/lib/chat/client/safe-url";
import { cn } from "@/lib/utils";
import { CodeBlock } from "./code-block";
import { useLazyPlugins } from "./lazy-plugins";

const components: Components = {
  a: ({ node: _node, href, children, ...rest }) =>
    href ? (
      <a {...rest} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      // A dropped (unsafe) URL keeps its text but is no longer a link.
      <span>{children}</span>
    ),
  img: ImageLink,
  pre: ({ node, children }) => <CodeBlock node={node}>{children}</CodeBlock>,
  table: ({ node: _node, children, ...rest }) => (
    <div className="md-table">
      <table {...rest}>{children}</table>
    </div>
  ),
};

/**
 * Remote images are not fetched: a reply could otherwise send data to any
 * server just by being shown. The address stays one click away.
 */
function ImageLink({ src, alt }: ComponentProps<"img"> & ExtraProps) {
  const t = useTranslations("chat.markdown");
  if (typeof src !== "string" || !src) return null;
  return (
    <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="md-image-link">
      {alt ? t("imageNamed", { alt }) : t("image")}
    </a>
  );
}

const MarkdownBlock = memo(function MarkdownBlock({ source }: { source: string }) {
  const normalized = normalizeMath(source);
  const lazy = useLazyPlugins(normalized);
  const remarkPlugins = useMemo(() => [remarkGfm, ...lazy.remark], [lazy.remark]);
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={lazy.rehype}
      components={components}
      urlTransform={safeUrl}
    >
      {normalized}
    </ReactMarkdown>
  );
});

interface MarkdownProps {
  text: string;
  className?: string;
}

/**
 * Renders a message's Markdown without raw HTML (react-markdown escapes it).
 * Each top-level block is memoised, so while a reply streams only its last
 * block renders again.
 */
export const Markdown = memo(function Markdown({ text, className }: MarkdownProps) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    <div className={cn("md", className)}>
      {blocks.map((block, index) => (
        // Blocks only ever grow at the end, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <MarkdownBlock key={index} source={block} />
      ))}
    </div>
  );
});
