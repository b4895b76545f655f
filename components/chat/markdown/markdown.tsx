"use client";

import "katex/dist/katex.min.css";
import { memo, useMemo } from "react";
import ReactMarkdown, { type Components, type Options } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { splitMarkdownBlocks } from "@/lib/chat/client/markdown-blocks";
import { normalizeMath } from "@/lib/chat/client/math-delimiters";
import { safeUrl } from "@/lib/chat/client/safe-url";
import { cn } from "@/lib/utils";
import { CodeBlock } from "./code-block";

const remarkPlugins: Options["remarkPlugins"] = [remarkGfm, remarkMath];
// Bad TeX shows as red source text instead of breaking the whole message.
const rehypePlugins: Options["rehypePlugins"] = [
  [rehypeKatex, { throwOnError: false, strict: false }],
  [rehypeHighlight, { detect: false }],
];

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
  // Remote images are not fetched: a reply could otherwise send data to any
  // server just by being shown. The address stays one click away.
  img: ({ src, alt }) =>
    typeof src === "string" && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="md-image-link">
        {alt ? `Image: ${alt}` : "Image"}
      </a>
    ) : null,
  pre: ({ node, children }) => <CodeBlock node={node}>{children}</CodeBlock>,
  table: ({ node: _node, children, ...rest }) => (
    <div className="md-table">
      <table {...rest}>{children}</table>
    </div>
  ),
};

const MarkdownBlock = memo(function MarkdownBlock({ source }: { source: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      components={components}
      urlTransform={safeUrl}
    >
      {normalizeMath(source)}
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
