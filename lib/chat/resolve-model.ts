import type { SessionUser } from "@/lib/auth/types";
import { pickInitialModel } from "@/lib/chat/client/models";
import { findUsableConfig } from "@/lib/configs/access";
import { chatParameters } from "@/lib/configs/chat-parameters";
import { AppError } from "@/lib/errors";
import { findModel, listModels, type ModelInfo } from "@/lib/llm/catalogue";
import type { ChatParameters } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import type { ConversationDoc } from "@/models/conversation";

export interface ResolvedModel {
  modelId: string;
  /** null when the catalogue could not be read: the call itself will say what is wrong. */
  model: ModelInfo | null;
  /** What the conversation's config becomes; undefined leaves it as it is. */
  conversationConfigId: string | null | undefined;
  system: string | undefined;
  parameters: ChatParameters;
}

/**
 * Which model answers and how: an explicit model wins, then the config's
 * model, then the conversation's, then the first text model listed (what
 * the picker shows before anything is chosen). A config contributes its system prompt
 * and parameters; it must be the user's own, public, or a template.
 * A configId of null answers without any config.
 */
export async function resolveModel(
  actor: SessionUser,
  conversation: ConversationDoc,
  choice: { model?: string; configId?: string | null },
): Promise<ResolvedModel> {
  // A config chosen now must exist; the conversation's own may since have been
  // deleted or unpublished, and then its model answers without it.
  const config = choice.configId
    ? await findUsableConfig(actor, choice.configId)
    : choice.configId === undefined && conversation.config_id
      ? await findUsableConfig(actor, conversation.config_id.toString()).catch(ignoreNotFound)
      : null;
  const modelId =
    choice.model ??
    config?.model_id ??
    conversation.model_id ??
    pickInitialModel(await listModels(), []);
  if (!modelId) {
    throw AppError.badRequest("model: choose a model first", { model: ["choose a model first"] });
  }

  const model = await findModel(modelId).catch((error: unknown) => {
    log.warn("model list unavailable, sending without checking the model", { error });
    return null;
  });
  if (model === undefined) {
    throw AppError.badRequest(`model: ${modelId} is not available`, {
      model: ["is not available"],
    });
  }

  return {
    modelId,
    model,
    conversationConfigId:
      choice.configId === undefined ? undefined : (config?._id.toString() ?? null),
    system: config?.system_prompt || undefined,
    parameters: chatParameters(config),
  };
}

function ignoreNotFound(error: unknown): null {
  if (error instanceof AppError && error.status === 404) return null;
  throw error;
}
