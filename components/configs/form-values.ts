import type { z } from "zod";
import type { ConfigDto } from "@/lib/configs/dto";

type Visibility = ConfigDto["visibility"];

/** The editor's state: numbers as the controls hold them, max tokens as typed. */
export interface ConfigFormValues {
  name: string;
  modelId: string;
  description: string;
  systemPrompt: string;
  avatar: string;
  temperature: number;
  /** Empty leaves the limit to the model. */
  maxTokens: string;
  topP: number;
  frequencyPenalty: number;
  presencePenalty: number;
  tags: string[];
  visibility: Visibility;
}

/** The model defaults most providers use, so an untouched config behaves like a plain chat. */
export const NEW_CONFIG: ConfigFormValues = {
  name: "",
  modelId: "",
  description: "",
  systemPrompt: "",
  avatar: "🤖",
  temperature: 0.7,
  maxTokens: "",
  topP: 1,
  frequencyPenalty: 0,
  presencePenalty: 0,
  tags: [],
  visibility: "private",
};

export function valuesFromConfig(config: ConfigDto): ConfigFormValues {
  const p = config.parameters;
  return {
    name: config.name,
    modelId: config.modelId,
    description: config.description,
    systemPrompt: config.systemPrompt,
    avatar: config.avatar,
    temperature: p.temperature,
    maxTokens: p.maxTokens === null ? "" : String(p.maxTokens),
    topP: p.topP,
    frequencyPenalty: p.frequencyPenalty,
    presencePenalty: p.presencePenalty,
    tags: config.tags,
    visibility: config.visibility,
  };
}

export function toParameters(values: ConfigFormValues) {
  const maxTokens = values.maxTokens.trim();
  return {
    temperature: values.temperature,
    maxTokens: maxTokens === "" ? null : Number(maxTokens),
    topP: values.topP,
    frequencyPenalty: values.frequencyPenalty,
    presencePenalty: values.presencePenalty,
  };
}

/** What createConfigSchema and updateConfigSchema read. */
export function toConfigInput(values: ConfigFormValues) {
  return {
    name: values.name,
    modelId: values.modelId,
    description: values.description,
    systemPrompt: values.systemPrompt,
    avatar: values.avatar,
    parameters: toParameters(values),
    tags: values.tags,
    visibility: values.visibility,
  };
}

/** Field paths as the server names them ("parameters.topP"). */
export function issueFields(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "body";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}
