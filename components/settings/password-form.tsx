"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { z } from "zod";
import { changePasswordAction } from "@/app/(app)/settings/actions";
import { PasswordChecklist } from "@/components/auth/password-checklist";
import { PasswordInput } from "@/components/auth/password-input";
import { FormCard } from "@/components/common/form-card";
import { toast } from "@/components/common/toast";
import { useActionForm } from "@/components/common/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { queryKeys } from "@/lib/query-keys";
import { announceSessionRenewed } from "@/lib/realtime/client/live-events";
import { changePasswordSchema } from "@/lib/users/schemas";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

type Values = typeof EMPTY;

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("settings.password");
  const labels = {
    currentPassword: t("currentPassword"),
    newPassword: t("newPassword"),
    confirmPassword: t("confirmation"),
  };
  const [revokeApiKeys, setRevokeApiKeys] = useState(true);
  const revokeId = useId();
  const [done, setDone] = useState<string | null>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useActionForm({
    initial: EMPTY,
    labels,
    check: ({ confirmPassword, ...input }: Values) => {
      const parsed = changePasswordSchema.safeParse({ ...input, revokeApiKeys });
      const mismatch = confirmPassword !== input.newPassword;
      if (parsed.success && !mismatch) return { ok: true, input: parsed.data };
      return {
        ok: false,
        fields: {
          ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
          ...(mismatch ? { confirmPassword: [t("mismatch")] } : {}),
        },
      };
    },
    onEdit: () => setDone(null),
    action: changePasswordAction,
    onSuccess: async (_data, input) => {
      // The change ended every session, this one too: sign this browser in
      // again with the new password so only the other devices are signed out.
      await signIn("credentials", { email, password: input.newPassword, redirect: false });
      announceSessionRenewed();
      router.refresh();
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys() });
      form.setValues(EMPTY);
      const message = input.revokeApiKeys ? t("changedAndRevoked") : t("changed");
      setDone(message);
      toast.success(message);
    },
  });
  const { values, errors, pending } = form;

  return (
    <FormCard
      title={t("title")}
      description={t("description")}
      onSubmit={form.submit}
      pending={pending}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
    >
      {done ? <Alert variant="success">{done}</Alert> : null}
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} hidden readOnly />
      <Field label={labels.currentPassword} error={errors.currentPassword}>
        <PasswordInput {...form.text("currentPassword")} autoComplete="current-password" />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={labels.newPassword} error={errors.newPassword}>
          <PasswordInput
            {...form.text("newPassword")}
            autoComplete="new-password"
            maxLength={128}
          />
        </Field>
        <Field label={t("confirmNewPassword")} error={errors.confirmPassword}>
          <PasswordInput
            {...form.text("confirmPassword")}
            autoComplete="new-password"
            maxLength={128}
          />
        </Field>
      </div>
      <PasswordChecklist password={values.newPassword} />
      <label htmlFor={revokeId} className="flex w-fit cursor-pointer items-center gap-2 text-sm">
        <input
          id={revokeId}
          type="checkbox"
          checked={revokeApiKeys}
          onChange={(event) => {
            setRevokeApiKeys(event.target.checked);
            setDone(null);
          }}
          className="h-4 w-4 accent-[hsl(var(--brand))]"
        />
        {t("revokeApiKeys")}
      </label>
    </FormCard>
  );
}
