"use client";

import { useTranslations } from "next-intl";
import { fieldMessage } from "@/components/ui/field";

type FieldMessages = Record<string, string[] | undefined>;

/**
 * The fragments the account schemas and services say about a field ("must be
 * at least 8 characters"), by what each is called in the messages. The
 * English fragment is the contract both the form's own check and the server
 * answer with.
 */
const FRAGMENTS = [
  { pattern: /^must not be empty$/, key: "empty" },
  { pattern: /^must be at least (\d+) characters$/, key: "tooShort" },
  { pattern: /^must be at most (\d+) characters$/, key: "tooLong" },
  { pattern: /^must be a valid email address$/, key: "email" },
  { pattern: /^must contain a lowercase letter$/, key: "lowercase" },
  { pattern: /^must contain an uppercase letter$/, key: "uppercase" },
  { pattern: /^must contain a digit$/, key: "digit" },
  { pattern: /^is not your password$/, key: "wrongPassword" },
  { pattern: /^is not your current password$/, key: "wrongCurrentPassword" },
  { pattern: /^must differ from the current password$/, key: "sameAsCurrent" },
  { pattern: /^is already your email$/, key: "sameEmail" },
] as const;

export type FragmentKey = (typeof FRAGMENTS)[number]["key"];

/** Which fragment a message is, and the number it names; null for one not listed. */
export function readFragment(message: string): { key: FragmentKey; count: number } | null {
  for (const { pattern, key } of FRAGMENTS) {
    const match = pattern.exec(message);
    if (match) return { key, count: Number(match[1] ?? 0) };
  }
  return null;
}

/**
 * Field messages as whole sentences in the reader's language, naming the
 * field. A fragment not listed keeps its English words.
 */
export function useFieldMessages() {
  const t = useTranslations("auth.fieldMessages");

  function sentence(label: string, message: string): string {
    const fragment = readFragment(message);
    if (fragment) return t(fragment.key, { field: label, count: fragment.count });
    return fieldMessage(label, [message]) ?? message;
  }

  /** The messages of the labelled fields as sentences; those of other fields as they came. */
  return function sentences<K extends string>(
    fields: FieldMessages | undefined,
    labels: Record<K, string>,
  ): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(fields ?? {}).flatMap(([path, messages]) => {
        if (!messages) return [];
        const label = Object.hasOwn(labels, path) ? labels[path as K] : undefined;
        return [[path, label ? messages.map((message) => sentence(label, message)) : messages]];
      }),
    );
  };
}
