"use client";

import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@/components/common/toast";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/native-select";
import { ApiError } from "@/lib/http/client";
import { KEY_NAME_MAX } from "@/lib/keys/schemas";
import { ApiKeyList } from "./api-key-list";
import { ApiKeySecret } from "./api-key-secret";
import { useCreateApiKey } from "./data";

const EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

function expiryDate(choice: string): string | null {
  return choice === "never" ? null : new Date(Date.now() + Number(choice) * DAY_MS).toISOString();
}

/** Personal API keys: for scripts and tools that speak OpenAI's API, on this account's limits. */
export function ApiKeys() {
  const t = useTranslations("settings.apiKeys");
  const expiryOptions = EXPIRY_CHOICES.map((value) => ({
    value,
    label:
      value === "never"
        ? t("expiry.never")
        : value === "365"
          ? t("expiry.year")
          : t("expiry.days", { count: Number(value) }),
  }));
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState("90");
  const [nameError, setNameError] = useState<string>();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const create = useCreateApiKey();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t("nameMissing"));
      return;
    }
    create.mutate(
      { name: name.trim(), expiresAt: expiryDate(expiry) },
      {
        onSuccess: (result) => {
          setCreated({ name: result.key.name, secret: result.secret });
          setName("");
          setNameError(undefined);
        },
        onError: (error) => {
          const fields = error instanceof ApiError ? error.fields : undefined;
          setNameError(fieldMessage(t("nameInSentence"), fields?.name));
          toast.error(error.message);
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {t.rich("description", {
            code: (chunks) => <code className="font-mono text-xs">{chunks}</code>,
            link: (chunks) => (
              <Link className="underline underline-offset-4" href="/api-docs">
                {chunks}
              </Link>
            ),
          })}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <form
          onSubmit={handleSubmit}
          className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
        >
          <Field label={t("name")} error={nameError}>
            <Input
              value={name}
              maxLength={KEY_NAME_MAX}
              placeholder={t("namePlaceholder")}
              onChange={(event) => {
                setName(event.target.value);
                setNameError(undefined);
              }}
            />
          </Field>
          <Field label={t("expiresAfter")}>
            <OptionSelect value={expiry} options={expiryOptions} onChange={setExpiry} />
          </Field>
          <Button type="submit" size="lg" disabled={create.isPending}>
            {create.isPending && <Loader2 className="animate-spin" aria-hidden="true" />}
            {t("create")}
          </Button>
        </form>
        {created && (
          <ApiKeySecret
            name={created.name}
            secret={created.secret}
            onDone={() => setCreated(null)}
          />
        )}
        <ApiKeyList />
      </CardContent>
    </Card>
  );
}
