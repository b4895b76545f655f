"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { z } from "zod";
import { updateProfileAction } from "@/app/(app)/settings/actions";
import { toast } from "@/components/common/toast";
import { callAction, failureMessage, fieldErrorsFor } from "@/components/forms/call-action";
import { AvatarPicker } from "@/components/settings/avatar-picker";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { profileSchema } from "@/lib/users/schemas";
import { cn } from "@/lib/utils";

const LABELS = { displayName: "Display name", bio: "Bio" };
const BIO_MAX = 500;

type Values = { displayName: string; bio: string };

export function ProfileForm({ initial, avatarUrl }: { initial: Values; avatarUrl: string }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [pending, startTransition] = useTransition();

  function update(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors((e) => ({ ...e, [name]: undefined }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = profileSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFor(z.flattenError(parsed.error).fieldErrors, LABELS));
      return;
    }
    startTransition(async () => {
      const result = await callAction(() => updateProfileAction(parsed.data));
      if (!result.ok) {
        const fields = fieldErrorsFor(result.error.fields, LABELS);
        setErrors(fields);
        toast.error(failureMessage(result.error.message, fields));
        return;
      }
      const { displayName, bio } = result.data;
      setValues({ displayName, bio });
      setErrors({});
      toast.success("Profile saved.");
      // The header's avatar and name come from the server; refresh so they match.
      router.refresh();
    });
  }

  return (
    <Card>
      <form onSubmit={handleSubmit} noValidate>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>How you appear to others in Uni-Chat.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <Field label={LABELS.displayName} error={errors.displayName}>
            <Input
              name="displayName"
              autoComplete="name"
              maxLength={60}
              value={values.displayName}
              onChange={(e) => update("displayName", e.target.value)}
            />
          </Field>
          <AvatarPicker name={values.displayName} initialUrl={avatarUrl} />
          <Field
            label={LABELS.bio}
            error={errors.bio}
            aside={
              <span
                className={cn(
                  "text-xs tabular-nums",
                  values.bio.length >= BIO_MAX ? "text-destructive" : "text-muted-foreground",
                )}
              >
                {values.bio.length}/{BIO_MAX}
              </span>
            }
          >
            <Textarea
              name="bio"
              rows={4}
              maxLength={BIO_MAX}
              placeholder="A line or two about you and what you work on."
              value={values.bio}
              onChange={(e) => update("bio", e.target.value)}
            />
          </Field>
        </CardContent>
        <CardFooter className="justify-end border-t px-6 py-4">
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
            {pending ? "Saving…" : "Save profile"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
