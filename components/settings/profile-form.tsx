"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { CharacterCount } from "@/components/common/character-count";
import { FormCard } from "@/components/common/form-card";
import { toast } from "@/components/common/toast";
import { useActionForm } from "@/components/common/use-action-form";
import { AvatarPicker } from "@/components/settings/avatar-picker";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { profileSchema } from "@/lib/users/schemas";

const BIO_MAX = 500;

type Values = { displayName: string; bio: string };

export function ProfileForm({ initial, avatarUrl }: { initial: Values; avatarUrl: string }) {
  const t = useTranslations("settings.profile");
  const common = useTranslations("common");
  const labels = { displayName: t("displayName"), bio: t("bio") };
  const router = useRouter();
  const { values, setValues, text, errors, submit, pending } = useActionForm({
    initial,
    labels,
    check: (values: Values) => {
      const parsed = profileSchema.safeParse(values);
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, fields: z.flattenError(parsed.error).fieldErrors };
    },
    action: updateProfileAction,
    onSuccess: ({ displayName, bio }) => {
      setValues({ displayName, bio });
      toast.success(t("saved"));
      // The header's avatar and name come from the server; refresh so they match.
      router.refresh();
    },
  });

  return (
    <FormCard
      title={t("title")}
      description={t("description")}
      onSubmit={submit}
      pending={pending}
      submitLabel={t("submit")}
      pendingLabel={common("saving")}
    >
      <Field label={labels.displayName} error={errors.displayName}>
        <Input {...text("displayName")} autoComplete="name" maxLength={60} />
      </Field>
      <AvatarPicker name={values.displayName} initialUrl={avatarUrl} />
      <Field
        label={labels.bio}
        error={errors.bio}
        aside={<CharacterCount length={values.bio.length} max={BIO_MAX} />}
      >
        <Textarea {...text("bio")} rows={4} maxLength={BIO_MAX} placeholder={t("bioPlaceholder")} />
      </Field>
    </FormCard>
  );
}
