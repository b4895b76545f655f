import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return {
    title: { default: "Uni-Chat", template: "%s · Uni-Chat" },
    description: t("description"),
    applicationName: "Uni-Chat",
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#131316" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy (proxy.ts) puts the per-request CSP nonce here; next-themes needs it for its script.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await getLocale();
  // The admin console's words go to its pages alone (app/admin/layout.tsx): most readers never open it.
  const { admin: _admin, ...messages } = await getMessages();

  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh font-sans">
        {/* The locale and the messages reach client components from here. */}
        <NextIntlClientProvider messages={messages}>
          <Providers nonce={nonce}>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
