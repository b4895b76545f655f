"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useLocale, useMessages } from "next-intl";
import { ThemeProvider } from "next-themes";
import { type ReactNode, useState } from "react";
import { setReaderLanguage } from "@/lib/i18n/reader";
import { Toasts } from "./common/toast";
import { makeQueryClient } from "./query-client";

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // One client per browser tab, created lazily so it survives re-renders.
  const [queryClient] = useState(makeQueryClient);
  const locale = useLocale();
  const { common } = useMessages();
  // In the browser only: on the server one module serves readers of every language.
  if (typeof window !== "undefined") setReaderLanguage(locale, common);

  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider
        attribute="class"
        defaultTheme="system"
        enableSystem
        disableTransitionOnChange
        nonce={nonce}
      >
        {children}
        <Toasts />
      </ThemeProvider>
    </QueryClientProvider>
  );
}
