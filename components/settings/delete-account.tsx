"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PasswordInput } from "@/components/auth/password-input";
import { FormDialog } from "@/components/common/form-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardIntro } from "@/components/ui/card";
import { Field, fieldMessage } from "@/components/ui/field";
import { ApiError } from "@/lib/http/client";
import { signInPageFor } from "@/lib/realtime/client/sign-in-page";
import { useDeleteAccount } from "./data";

/**
 * The danger zone: deleting the account, after its password is typed again;
 * an account made by single sign-on, which has none, signs in again instead.
 */
export function DeleteAccount({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const t = useTranslations("settings.deleteAccount");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const remove = useDeleteAccount();
  const refusal = remove.error instanceof ApiError ? remove.error : null;
  const passwordError = fieldMessage(t("password"), refusal?.fields?.password);

  function openChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setPassword("");
      remove.reset();
    }
  }

  return (
    <Card className="border-destructive/40">
      <CardIntro title={t("title")} description={t("description")} />
      <CardContent>
        <Button variant="destructive" onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      </CardContent>
      <FormDialog
        open={open}
        onOpenChange={openChange}
        title={t("dialogTitle")}
        description={t.rich(hasPassword ? "withPassword" : "withoutPassword", {
          email,
          strong: (chunks) => (
            <strong className="break-all font-medium text-foreground">{chunks}</strong>
          ),
        })}
        submitLabel={t("submit")}
        pendingLabel={common("deleting")}
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
            <Field label={t("password")} error={passwordError}>
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
            {t("signInAgain")}
          </Button>
        ) : null}
      </FormDialog>
    </Card>
  );
}
