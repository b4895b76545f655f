"use client";

import "./globals.css";

/**
 * Replaces the root layout when it fails, so there is no theme provider here:
 * the system colour keywords follow the OS light/dark setting without any script.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en" style={{ colorScheme: "light dark" }}>
      <body
        className="flex min-h-dvh items-center justify-center px-4 font-sans"
        style={{ background: "Canvas", color: "CanvasText" }}
      >
        <main className="max-w-md text-center">
          <h1 className="text-xl font-semibold tracking-tight">Uni-Chat couldn't load</h1>
          <p className="mt-2 text-sm opacity-70">
            Something went wrong while starting the app. Try again in a moment; if it keeps
            happening, tell your administrator.
          </p>
          <div className="mt-6 flex flex-wrap justify-center gap-2">
            <button
              type="button"
              onClick={reset}
              className="h-9 rounded-md px-4 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-offset-2"
              style={{ background: "CanvasText", color: "Canvas" }}
            >
              Retry
            </button>
            {/* A full page load, not client navigation: the app's client state is what broke. */}
            <a
              href="/chat"
              className="inline-flex h-9 items-center rounded-md border px-4 text-sm font-medium"
              style={{ borderColor: "GrayText" }}
            >
              Go to chat
            </a>
          </div>
          {error.digest ? (
            <p className="mt-6 text-xs opacity-60">
              Reference: <code className="font-mono">{error.digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
