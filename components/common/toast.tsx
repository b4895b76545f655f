"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { ExternalToast } from "sonner";

type Sonner = typeof import("sonner");

// sonner and its Toaster are fetched with the first toast: most visits show
// none, and the first load of every page stays lighter by their size.
let loading: Promise<Sonner> | undefined;
const waiting = new Set<(sonner: Sonner) => void>();

function loadSonner(): Promise<Sonner> {
  loading ??= import("sonner").then((sonner) => {
    for (const show of waiting) show(sonner);
    return sonner;
  });
  return loading;
}

type Show = (message: string, options?: ExternalToast) => void;

function later(pick: (sonner: Sonner) => Show): Show {
  return (message, options) => {
    // A toast made before the Toaster mounts is replayed to it by sonner.
    loadSonner().then(
      (sonner) => pick(sonner)(message, options),
      () => {},
    );
  };
}

/** The app's toasts: sonner's `toast`, `toast.success`, `toast.error` and `toast.info`. */
export const toast = Object.assign(
  later((sonner) => sonner.toast),
  {
    success: later((sonner) => sonner.toast.success),
    error: later((sonner) => sonner.toast.error),
    info: later((sonner) => sonner.toast.info),
  },
);

const NARROW = "(max-width: 767px)";

function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** sonner's Toaster, in the app's theme, once the first toast has fetched it. */
export function Toasts() {
  const t = useTranslations("common.toasts");
  const [sonner, setSonner] = useState<Sonner | null>(null);
  const { resolvedTheme } = useTheme();
  // On phones a bottom toast would sit on top of the form's submit button.
  const narrow = useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
  useEffect(() => {
    waiting.add(setSonner);
    if (loading) void loading.then(setSonner, () => {});
    return () => {
      waiting.delete(setSonner);
    };
  }, []);
  if (!sonner) return null;
  return (
    <sonner.Toaster
      richColors
      closeButton
      position={narrow ? "top-center" : "bottom-right"}
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      containerAriaLabel={t("region")}
      toastOptions={{ closeButtonAriaLabel: t("close") }}
    />
  );
}
