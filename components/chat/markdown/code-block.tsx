"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ExtraProps } from "react-markdown";
import { useCopy } from "@/components/common/use-copy";

type HastNode = NonNullable<ExtraProps["node"]>;
type HastChild = HastNode["children"][number];

interface CodeBlockProps {
  node: HastNode | undefined;
  children: ReactNode;
}

/** A fenced code block: language label, Copy, and the highlighted code scrolling sideways. */
export function CodeBlock({ node, children }: CodeBlockProps) {
  const t = useTranslations("chat.codeBlock");
  const common = useTranslations("common");
  const { copied, copy } = useCopy();
  const code = node?.children.find(
    (child): child is HastNode => child.type === "element" && child.tagName === "code",
  );
  const language = languageOf(code);
  const text = code ? textOf(code).replace(/\n$/, "") : "";

  return (
    <div className="md-code my-4 overflow-hidden rounded-lg border bg-muted/40">
      <div className="flex h-9 items-center justify-between border-b bg-muted/60 pl-3 pr-1.5 text-xs text-muted-foreground">
        <span className="font-mono lowercase">{language ?? t("plainText")}</span>
        <button
          type="button"
          onClick={() => void copy(text)}
          className="inline-flex h-7 items-center gap-1.5 rounded-md px-2 font-medium transition-colors hover:bg-background hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          aria-label={copied ? t("copied") : language ? t("copyLanguage", { language }) : t("copy")}
        >
          {copied ? (
            <Check className="h-3.5 w-3.5" aria-hidden="true" />
          ) : (
            <Copy className="h-3.5 w-3.5" aria-hidden="true" />
          )}
          <span>{copied ? common("copied") : common("copy")}</span>
        </button>
      </div>
      <pre className="overflow-x-auto p-4 text-[13px] leading-relaxed">{children}</pre>
    </div>
  );
}

function languageOf(code: HastNode | undefined): string | null {
  const className = code?.properties.className;
  const classes = Array.isArray(className) ? className : [];
  for (const name of classes) {
    if (typeof name === "string" && name.startsWith("language-")) {
      return name.slice("language-".length) || null;
    }
  }
  return null;
}

function textOf(node: HastNode | HastChild): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
