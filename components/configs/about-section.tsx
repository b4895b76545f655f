"use client";

import { CharacterCount } from "@/components/common/character-count";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_CONFIG_TAGS } from "@/lib/configs/schemas";
import { AvatarInput } from "./avatar-input";
import { TagInput } from "./tag-input";
import { type ConfigBinding, LABELS } from "./use-config-form";

const DESCRIPTION_MAX = 500;

/** Name, look and findability: what people see on the card. */
export function AboutSection({ values, errors, set, text }: ConfigBinding) {
  return (
    <div className="space-y-5">
      <Field label={LABELS.name} error={errors.name}>
        <Input
          {...text("name")}
          maxLength={80}
          autoComplete="off"
          placeholder="e.g. Friendly editor"
        />
      </Field>
      <Field
        label={LABELS.avatar}
        error={errors.avatar}
        hint="One emoji: type or paste one, or pick one."
      >
        <AvatarInput value={values.avatar} onChange={(avatar) => set("avatar", avatar)} />
      </Field>
      <Field
        label={LABELS.description}
        error={errors.description}
        aside={<CharacterCount length={values.description.length} max={DESCRIPTION_MAX} />}
      >
        <Textarea
          {...text("description")}
          rows={2}
          maxLength={DESCRIPTION_MAX}
          placeholder="What it is good for, in a sentence or two."
        />
      </Field>
      <Field
        label={LABELS.tags}
        error={errors.tags}
        hint={`Up to ${MAX_CONFIG_TAGS}. Press Enter or type a comma after each tag.`}
      >
        <TagInput value={values.tags} onChange={(tags) => set("tags", tags)} />
      </Field>
    </div>
  );
}
