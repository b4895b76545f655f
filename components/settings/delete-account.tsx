"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { PasswordInput } from "@/components/auth/password-input";
import { FormDialog } from "@/components/common/form-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldMessage } from "@/components/ui/field";
import { ApiError } from "@/lib/http/client";
import { signInPageFor } from "@/lib/realtime/client/sign-in-page";
import { useDeleteAccount } from "./data";

/**
 * The danger zone: deleting the account, after its password is typed again;
 * an account made by single sign-on, which has none, signs in again instead.
 */
export function DeleteAccount({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const remove = useDeleteAccount();
  const refusal = remove.error instanceof ApiError ? remove.error : null;
  const passwordError = fieldMessage("Password", refusal?.fields?.password);

  function openChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setPassword("");
      remove.reset();
    }
  }

  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete account</CardTitle>
        <CardDescription>
          Your account and everything in it are deleted for good: conversations, uploads, images,
          configs (public ones leave the gallery), API keys and usage history. Download your data
          first if you want to keep it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button variant="destructive" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      </CardContent>
      <FormDialog
        open={open}
        onOpenChange={openChange}
        title="Delete your account?"
        description={
          hasPassword ? (
            <>
              This cannot be undone. Type the password of{" "}
              <strong className="break-all font-medium text-foreground">{email}</strong> to confirm.
            </>
          ) : (
            <>
              This cannot be undone. It deletes{" "}
              <strong className="break-all font-medium text-foreground">{email}</strong> if you
              signed in within the last 10 minutes; otherwise you are asked to sign in again.
            </>
          )
        }
        submitLabel="Delete my account"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending || remove.isSuccess}
        error={passwordError ? null : remove.error?.message}
        canSubmit={!hasPassword || password.length > 0}
        onSubmit={() =>
          remove.mutate(hasPassword ? password : undefined, {
            // A full load, so nothing of the account stays in this tab.
            onSuccess: () => window.location.assign(signInPageFor("deleted")),
          })
        }
      >
        {hasPassword ? (
          <>
            {/* Lets password managers offer the right account's password. */}
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={email}
              hidden
              readOnly
            />
            <Field label="Password" error={passwordError}>
              <PasswordInput
                name="password"
                autoComplete="current-password"
                autoFocus
                value={password}
                onChange={(e) => {
                  setPassword(e.target.value);
                  if (remove.isError) remove.reset();
                }}
              />
            </Field>
          </>
        ) : refusal?.code === "reauthentication_required" ? (
          <Button
            type="button"
            variant="outline"
            onClick={() => void signIn("oidc", { redirectTo: "/settings" })}
          >
            Sign in again
          </Button>
        ) : null}
      </FormDialog>
    </Card>
  );
}
