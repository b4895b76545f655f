"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** "Continue with <provider>": leaves for the identity provider, which sends the person back signed in. */
export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl?: string }) {
  const t = useTranslations("auth.sso");
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <div className="flex items-center gap-3 text-xs text-muted-foreground" aria-hidden>
        <span className="h-px flex-1 bg-border" />
        {t("or")}
        <span className="h-px flex-1 bg-border" />
      </div>
      <Button
        type="button"
        variant="outline"
        size="lg"
        className="w-full"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void signIn("oidc", { redirectTo: callbackUrl ?? "/chat" }).catch(() =>
            setLeaving(false),
          );
        }}
      >
        {leaving ? t("redirecting") : t("continueWith", { provider: label })}
      </Button>
    </>
  );
}
