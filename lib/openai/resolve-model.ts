import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import { AppError } from "@/lib/errors";
import { findModel, type ModelInfo } from "@/lib/llm/catalogue";
import type { ChatParameters } from "@/lib/llm/stream-chat";
import type { LlmConfigDoc } from "@/models/llm-config";
import { modelNotFound } from "./errors";
import type { ChatCompletionRequest } from "./schemas";

export const CONFIG_MODEL_PREFIX = "config:";

export interface ApiModel {
  /** What the answer names as its model: the request's own `model`. */
  requested: string;
  model: ModelInfo;
  config: LlmConfigDoc | null;
  system: string | undefined;
  parameters: ChatParameters;
}

/**
 * `model` is an upstream model id, or `config:<id>` for a config the caller
 * may use (their own, a public one or a template). A config brings its
 * model, system prompt and parameters; parameters in the request win, as
 * they would over any default.
 */
export async function resolveApiModel(
  actor: SessionUser,
  request: ChatCompletionRequest,
): Promise<ApiModel> {
  const configId = request.model.startsWith(CONFIG_MODEL_PREFIX)
    ? request.model.slice(CONFIG_MODEL_PREFIX.length)
    : null;
  const config =
    configId === null
      ? null
      : await findUsableConfig(actor, configId).catch((error: unknown) => {
          if (error instanceof AppError && error.status === 404) throw modelNotFound(request.model);
          throw error;
        });
  const model = await findModel(config?.model_id ?? request.model);
  if (!model) throw modelNotFound(config?.model_id ?? request.model);

  const p = config?.parameters;
  return {
    requested: request.model,
    model,
    config,
    system: config?.system_prompt || undefined,
    parameters: {
      temperature: request.temperature ?? p?.temperature,
      maxTokens: request.max_completion_tokens ?? request.max_tokens ?? p?.max_tokens ?? undefined,
      topP: request.top_p ?? p?.top_p,
      frequencyPenalty: request.frequency_penalty ?? p?.frequency_penalty,
      presencePenalty: request.presence_penalty ?? p?.presence_penalty,
    },
  };
}
