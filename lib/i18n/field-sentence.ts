import type { Messages } from "./messages";
import { readerText, readsEnglish } from "./reader";

type Rule = keyof Messages["common"]["validation"];
type Values = Record<string, string | number>;

const NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";

/** A fragment as the schemas write it, its numbers as `#` and a list of values as `…`. */
function fragment(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace("#", NUMBER).replace("…", "(.+)")}$`);
}

/**
 * The fragments the schemas (lib/…/schemas.ts) and services send about a
 * field, as the sentences of common.validation. The name of each number
 * or list is the message's placeholder.
 */
const RULES: [RegExp, Rule, placeholder?: "max" | "min" | "size" | "values"][] = [
  [fragment("must be text"), "text"],
  [fragment("must not be empty"), "notEmpty"],
  [fragment("is required"), "required"],
  [fragment("must be true or false"), "boolean"],
  [fragment("must be a whole number"), "wholeNumber"],
  [fragment("must be a number"), "number"],
  [fragment("must be a URL"), "url"],
  [fragment("must start with http(s)://"), "httpUrl"],
  [fragment("must be an id"), "id"],
  [fragment("must be a model id"), "modelId"],
  [fragment("is not in the model list"), "notInModelList"],
  [fragment("is not available"), "notAvailable"],
  [fragment("must be an email address"), "email"],
  [fragment("must be a valid email address"), "email"],
  [fragment("must be one emoji"), "emoji"],
  [fragment("must be one emoji or empty"), "emojiOrEmpty"],
  [fragment("must be at most # characters"), "maxCharacters", "max"],
  [fragment("must be at least # characters"), "minCharacters", "min"],
  [fragment("must be at most # for this model"), "maxForModel", "max"],
  [fragment("must be at most # files"), "maxFiles", "max"],
  [fragment("must have at most # tags"), "maxTags", "max"],
  [fragment("must have at most # images"), "maxImages", "max"],
  [fragment("must be an image of at most # MB"), "imageSize", "size"],
  [fragment("must be at most #"), "max", "max"],
  [fragment("must be at least #"), "min", "min"],
  [fragment("must be 0 or more"), "notNegative"],
  [fragment("must be one of …"), "oneOf", "values"],
  [fragment("must contain an uppercase letter"), "uppercase"],
  [fragment("must contain a lowercase letter"), "lowercase"],
  [fragment("must contain a digit"), "digit"],
  [fragment("must differ from the current password"), "differentPassword"],
  [fragment("is not your password"), "notYourPassword"],
  [fragment("is not your current password"), "notYourCurrentPassword"],
  [fragment("is already your email"), "alreadyYourEmail"],
  [fragment("is already registered"), "alreadyRegistered"],
  [fragment("must be in the future"), "future"],
  [fragment("must be a real date"), "realDate"],
  [fragment("must not repeat a tag"), "repeatedTag"],
  [fragment("must not repeat an image"), "repeatedImage"],
  [fragment("is not one of your configs or a shared one"), "notYourConfig"],
  [fragment("is not a variable of this template"), "notATemplateVariable"],
  [fragment("is not a known field"), "unknownField"],
  [fragment("is not a PNG, JPEG, WebP or GIF image"), "notAnImage"],
  [fragment("cannot make images; choose an image model"), "cannotMakeImages"],
  [fragment("cannot be used with this model, which does not read images"), "doesNotReadImages"],
  [fragment("is too long for the model's context window"), "tooLongForModel"],
];

/**
 * A field's message from the server as a sentence in the reader's language,
 * naming the field: "Titel darf höchstens 200 Zeichen lang sein." Undefined
 * for a reader of English, who reads the fragment as it is, and for a
 * fragment this table does not know, which stays English.
 */
export function fieldSentence(label: string, fragmentText: string): string | undefined {
  if (readsEnglish()) return undefined;
  for (const [pattern, rule, placeholder] of RULES) {
    const match = pattern.exec(fragmentText);
    if (!match) continue;
    const value = match[1] ?? "";
    const filled = placeholder === "values" ? value : Number(value.replace(/,/g, ""));
    // The rule is known only at run time, so are the values its message takes.
    const t = readerText() as unknown as (key: string, values: Values) => string;
    return t(`validation.${rule}`, placeholder ? { label, [placeholder]: filled } : { label });
  }
  return undefined;
}
