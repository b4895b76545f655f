"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { Options } from "react-markdown";

type Plugins = {
  remark: NonNullable<Options["remarkPlugins"]>;
  rehype: NonNullable<Options["rehypePlugins"]>;
};

/**
 * Markdown plugins fetched the first time a message needs them: KaTeX and
 * highlight.js are most of the chat page's JavaScript, and most messages
 * need neither. Until they arrive the block shows its source as text.
 */
class LazyPlugins {
  private loaded: Plugins | null = null;
  private loading: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly load: () => Promise<Plugins>) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly snapshot = () => this.loaded;

  request(): void {
    this.loading ??= this.load().then(
      (plugins) => {
        this.loaded = plugins;
        for (const listener of this.listeners) listener();
      },
      // Offline for a moment: the next block that needs them asks again.
      () => {
        this.loading = null;
      },
    );
  }
}

const math = new LazyPlugins(async () => {
  const [{ default: remarkMath }, { default: rehypeKatex }] = await Promise.all([
    import("remark-math"),
    import("rehype-katex"),
    import("katex/dist/katex.min.css"),
  ]);
  // Bad TeX shows as red source text instead of breaking the whole message.
  return { remark: [remarkMath], rehype: [[rehypeKatex, { throwOnError: false, strict: false }]] };
});

const code = new LazyPlugins(async () => {
  const { default: rehypeHighlight } = await import("rehype-highlight");
  // Made once: the plugin registers all its languages each time it is set up,
  // and every render of a block sets up its plugins again.
  const highlight = rehypeHighlight({ detect: false });
  return { remark: [], rehype: [() => highlight] };
});

const none = () => null;
const FENCE = /^ {0,3}(`{3,}|~{3,})\S/m;

/** The math and highlighting plugins `source` needs, once they have arrived. */
export function useLazyPlugins(source: string): Plugins {
  const wantsMath = source.includes("$");
  const wantsCode = FENCE.test(source);
  // The server renders without them, and so does the first render in the browser.
  const mathPlugins = useSyncExternalStore(math.subscribe, math.snapshot, none);
  const codePlugins = useSyncExternalStore(code.subscribe, code.snapshot, none);
  useEffect(() => {
    if (wantsMath) math.request();
    if (wantsCode) code.request();
  }, [wantsMath, wantsCode]);
  return {
    remark: wantsMath && mathPlugins ? mathPlugins.remark : [],
    rehype: [
      ...(wantsMath && mathPlugins ? mathPlugins.rehype : []),
      ...(wantsCode && codePlugins ? codePlugins.rehype : []),
    ],
  };
}
