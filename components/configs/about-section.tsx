"use client";

import { useTranslations } from "next-intl";
import { CharacterCount } from "@/components/common/character-count";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_CONFIG_TAGS } from "@/lib/configs/schemas";
import { AvatarInput } from "./avatar-input";
import { TagInput } from "./tag-input";
import type { ConfigBinding } from "./use-config-form";

const DESCRIPTION_MAX = 500;

/** Name, look and findability: what people see on the card. */
export function AboutSection({ labels, values, errors, set, text }: ConfigBinding) {
  const t = useTranslations("configs.about");
  return (
    <div className="space-y-5">
      <Field label={labels.name} error={errors.name}>
        <Input
          {...text("name")}
          maxLength={80}
          autoComplete="off"
          placeholder={t("namePlaceholder")}
        />
      </Field>
      <Field label={labels.avatar} error={errors.avatar} hint={t("avatarHint")}>
        <AvatarInput value={values.avatar} onChange={(avatar) => set("avatar", avatar)} />
      </Field>
      <Field
        label={labels.description}
        error={errors.description}
        aside={<CharacterCount length={values.description.length} max={DESCRIPTION_MAX} />}
      >
        <Textarea
          {...text("description")}
          rows={2}
          maxLength={DESCRIPTION_MAX}
          placeholder={t("descriptionPlaceholder")}
        />
      </Field>
      <Field label={labels.tags} error={errors.tags} hint={t("tagsHint", { max: MAX_CONFIG_TAGS })}>
        <TagInput value={values.tags} onChange={(tags) => set("tags", tags)} />
      </Field>
    </div>
  );
}
