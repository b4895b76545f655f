import type { UIMessageChunk } from "ai";
import type { SessionUser } from "@/lib/auth/types";
import { fitToContextWindow } from "@/lib/chat/context-window";
import { estimatePromptTokens, reserveTokens } from "@/lib/chat/token-budget";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { checkModel } from "./model-check";
import { startPreview } from "./preview-stream";
import { previewConfigSchema } from "./schemas";

/**
 * Tries a config before it is saved: the browser sends the model, system
 * prompt and parameters as they stand in the editor, with the short chat so
 * far, and gets the answer to its last message. The same checks as a chat
 * apply (the model must be listed, the rate and token limits, the context
 * window, which drops the oldest turns of a long preview); nothing is
 * stored as a conversation, but the usage is recorded.
 */
export async function previewConfig(
  actor: SessionUser,
  raw: unknown,
  signal?: AbortSignal,
): Promise<ReadableStream<UIMessageChunk>> {
  const input = parseInput(previewConfigSchema, raw);
  const p = input.parameters ?? {};
  const model = await checkModel(input.modelId, p.maxTokens ?? null);
  await enforceRateLimit("model", [`user:${actor.id}`]);

  const system = input.systemPrompt?.trim() ? input.systemPrompt : undefined;
  const fitted = fitToContextWindow(system, input.messages, model, p.maxTokens ?? undefined);
  const promptTokensEstimate = estimatePromptTokens(system, fitted.messages);
  const reservation = await reserveTokens(actor.id, {
    promptTokens: promptTokensEstimate,
    maxOutputTokens: p.maxTokens ?? model.maxOutputTokens,
    model,
  });

  return startPreview({
    model,
    system,
    messages: fitted.messages,
    parameters: {
      temperature: p.temperature,
      maxTokens: p.maxTokens ?? undefined,
      topP: p.topP,
      frequencyPenalty: p.frequencyPenalty,
      presencePenalty: p.presencePenalty,
    },
    reservation,
    promptTokensEstimate,
    contextDropped: fitted.dropped,
    signal,
  });
}
