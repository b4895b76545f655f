"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { type FormEvent, useEffect, useId, useState } from "react";
import { updateSettingsAction } from "@/app/(app)/settings/actions";
import { FormCard } from "@/components/common/form-card";
import { toast } from "@/components/common/toast";
import { useActionForm } from "@/components/common/use-action-form";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { OptionSelect, type SelectOption } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import type { LANGUAGES, THEMES } from "@/lib/users/schemas";

type Theme = (typeof THEMES)[number];
type Language = (typeof LANGUAGES)[number];
type Values = { theme: Theme; language: Language; notificationsEnabled: boolean };

type Permission = NotificationPermission | "unsupported";

// Each language is named in itself, so people can find theirs in an unfamiliar list.
const LANGUAGE_NAMES: Record<Exclude<Language, "auto">, string> = { en: "English", de: "Deutsch" };

export function PreferencesForm({ initial }: { initial: Values }) {
  const t = useTranslations("settings.preferences");
  const router = useRouter();
  const { setTheme } = useTheme();
  const labels = {
    theme: t("theme"),
    language: t("language"),
    notificationsEnabled: t("notifications"),
  };
  const themeOptions: SelectOption<Theme>[] = [
    { value: "system", label: t("themes.system") },
    { value: "light", label: t("themes.light") },
    { value: "dark", label: t("themes.dark") },
  ];
  const languageOptions: SelectOption<Language>[] = [
    { value: "auto", label: t("browserLanguage") },
    ...Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({
      value: value as Language,
      label,
    })),
  ];
  /** What the browser says about notifications, for a line under the switch. */
  const permissionHints: Record<Permission, string | null> = {
    granted: null,
    default: t("permission.default"),
    denied: t("permission.denied"),
    unsupported: t("permission.unsupported"),
  };
  const switchId = useId();
  const { values, setValues, set, errors, submit, pending } = useActionForm({
    initial,
    labels,
    check: (values: Values) => ({ ok: true, input: values }),
    action: updateSettingsAction,
    onSuccess: ({ settings }) => {
      setValues(settings);
      toast.success(t("saved"));
      // The app shell reads the notification choice and the language from the server.
      router.refresh();
    },
  });
  const [permission, setPermission] = useState<Permission>("granted");
  useEffect(() => {
    setPermission(typeof Notification === "undefined" ? "unsupported" : Notification.permission);
  }, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Browsers ask only in answer to a click: this submit is one.
    if (values.notificationsEnabled && permission === "default") {
      void Notification.requestPermission().then(setPermission);
    }
    submit(event);
  }

  return (
    <FormCard
      title={t("title")}
      description={t("description")}
      onSubmit={handleSubmit}
      pending={pending}
      submitLabel={t("submit")}
      pendingLabel={t("saving")}
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={labels.theme} error={errors.theme}>
          <OptionSelect
            name="theme"
            value={values.theme}
            options={themeOptions}
            onChange={(theme) => {
              set("theme", theme);
              // Preview at once; saving makes it the account default.
              setTheme(theme);
            }}
          />
        </Field>
        <Field label={labels.language} error={errors.language}>
          <OptionSelect
            name="language"
            value={values.language}
            options={languageOptions}
            onChange={(language) => set("language", language)}
          />
        </Field>
      </div>
      <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
        <div className="space-y-1">
          <Label htmlFor={switchId}>{labels.notificationsEnabled}</Label>
          <p className="text-xs text-muted-foreground">{t("notificationsHint")}</p>
          {values.notificationsEnabled && permissionHints[permission] ? (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              {permissionHints[permission]}
            </p>
          ) : null}
          {errors.notificationsEnabled ? (
            <p className="text-sm text-destructive">{errors.notificationsEnabled}</p>
          ) : null}
        </div>
        <Switch
          id={switchId}
          checked={values.notificationsEnabled}
          onCheckedChange={(notificationsEnabled) =>
            set("notificationsEnabled", notificationsEnabled)
          }
        />
      </div>
    </FormCard>
  );
}
