import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";

/** The email field of the sign-in and sign-up forms: no autocorrect, the email keyboard. */
export function EmailInput(props: ComponentProps<typeof Input>) {
  const t = useTranslations("auth.fields");
  return (
    <Input
      name="email"
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      placeholder={t("emailPlaceholder")}
      {...props}
    />
  );
}
