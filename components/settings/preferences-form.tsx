"use client";

import { useRouter } from "next/navigation";
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

const LABELS = { theme: "Theme", language: "Language", notificationsEnabled: "Notifications" };

const THEME_OPTIONS: SelectOption<Theme>[] = [
  { value: "system", label: "Match my device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

// Each language is named in itself, so people can find theirs in an unfamiliar list.
const LANGUAGE_OPTIONS: SelectOption<Language>[] = [
  { value: "en", label: "English" },
  { value: "de", label: "Deutsch" },
  { value: "es", label: "Español" },
  { value: "fr", label: "Français" },
  { value: "it", label: "Italiano" },
  { value: "pt", label: "Português" },
  { value: "zh", label: "中文" },
  { value: "ja", label: "日本語" },
];

type Permission = NotificationPermission | "unsupported";

/** What the browser says about notifications, for a line under the switch. */
const PERMISSION_HINTS: Record<Permission, string | null> = {
  granted: null,
  default: "Your browser will ask to allow them when you save.",
  denied: "Your browser blocks notifications from this site: allow them in its site settings.",
  unsupported: "This browser cannot show notifications.",
};

export function PreferencesForm({ initial }: { initial: Values }) {
  const router = useRouter();
  const { setTheme } = useTheme();
  const switchId = useId();
  const { values, setValues, set, errors, submit, pending } = useActionForm({
    initial,
    labels: LABELS,
    check: (values: Values) => ({ ok: true, input: values }),
    action: updateSettingsAction,
    onSuccess: ({ settings }) => {
      setValues(settings);
      toast.success("Preferences saved.");
      // The app shell reads the notification choice from the server.
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
      title="Preferences"
      description="Appearance and defaults for your account."
      onSubmit={handleSubmit}
      pending={pending}
      submitLabel="Save preferences"
      pendingLabel="Saving…"
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={LABELS.theme} error={errors.theme}>
          <OptionSelect
            name="theme"
            value={values.theme}
            options={THEME_OPTIONS}
            onChange={(theme) => {
              set("theme", theme);
              // Preview at once; saving makes it the account default.
              setTheme(theme);
            }}
          />
        </Field>
        <Field
          label={LABELS.language}
          error={errors.language}
          hint="The interface is in English for now."
        >
          <OptionSelect
            name="language"
            value={values.language}
            options={LANGUAGE_OPTIONS}
            onChange={(language) => set("language", language)}
          />
        </Field>
      </div>
      <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
        <div className="space-y-1">
          <Label htmlFor={switchId}>Notifications</Label>
          <p className="text-xs text-muted-foreground">
            Tell me when an answer finishes while Uni-Chat is in a background tab.
          </p>
          {values.notificationsEnabled && PERMISSION_HINTS[permission] ? (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              {PERMISSION_HINTS[permission]}
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
