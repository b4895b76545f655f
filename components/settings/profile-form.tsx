"use client";

import { useRouter } from "next/navigation";
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

const LABELS = { displayName: "Display name", bio: "Bio" };
const BIO_MAX = 500;

type Values = { displayName: string; bio: string };

export function ProfileForm({ initial, avatarUrl }: { initial: Values; avatarUrl: string }) {
  const router = useRouter();
  const { values, setValues, text, errors, submit, pending } = useActionForm({
    initial,
    labels: LABELS,
    check: (values: Values) => {
      const parsed = profileSchema.safeParse(values);
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, fields: z.flattenError(parsed.error).fieldErrors };
    },
    action: updateProfileAction,
    onSuccess: ({ displayName, bio }) => {
      setValues({ displayName, bio });
      toast.success("Profile saved.");
      // The header's avatar and name come from the server; refresh so they match.
      router.refresh();
    },
  });

  return (
    <FormCard
      title="Profile"
      description="How you appear to others in Uni-Chat."
      onSubmit={submit}
      pending={pending}
      submitLabel="Save profile"
      pendingLabel="Saving…"
    >
      <Field label={LABELS.displayName} error={errors.displayName}>
        <Input {...text("displayName")} autoComplete="name" maxLength={60} />
      </Field>
      <AvatarPicker name={values.displayName} initialUrl={avatarUrl} />
      <Field
        label={LABELS.bio}
        error={errors.bio}
        aside={<CharacterCount length={values.bio.length} max={BIO_MAX} />}
      >
        <Textarea
          {...text("bio")}
          rows={4}
          maxLength={BIO_MAX}
          placeholder="A line or two about you and what you work on."
        />
      </Field>
    </FormCard>
  );
}
