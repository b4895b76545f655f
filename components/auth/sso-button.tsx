"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** "Continue with <provider>": leaves for the identity provider, which sends the person back signed in. */
export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl?: string }) {
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <div className="flex items-center gap-3 text-xs text-muted-foreground" aria-hidden>
        <span className="h-px flex-1 bg-border" />
        or
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
        {leaving ? "Redirecting…" : `Continue with ${label}`}
      </Button>
    </>
  );
}
