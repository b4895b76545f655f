import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { forgetGeneration, registerGeneration } from "@/lib/chat/generation-registry";
import { releaseTokens } from "@/lib/chat/reply";
import { estimateTokens, MEDIA_PART_TOKENS } from "@/lib/chat/shared/estimate";
import { reserveTokens, type TokenReservation } from "@/lib/chat/token-budget";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/catalogue";
import {
  cancelled,
  generateImage,
  type ImageAnswer,
  type ImageUsage,
} from "@/lib/llm/generate-image";
import { openStream, recordUpstreamError, upstreamErrorKind } from "@/lib/observability/model-call";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { publishEvent } from "@/lib/realtime/events";
import { holdShutdownFor, interruptedByShutdown, shutdownSignal } from "@/lib/server/drain";
import { HeldCall } from "@/lib/usage/held-call";
import { recordUsage } from "@/lib/usage/record";
import { parseInput } from "@/lib/validation";
import { ModelCall } from "@/models/model-call";
import type { ImageDto } from "./dto";
import { resolveImageModel } from "./model";
import { noImageError } from "./no-image";
import { promptText } from "./prompt-text";
import { type GeneratedBytes, readGeneratedImage } from "./read-generated";
import { loadReferences } from "./references";
import { type GenerateImageInput, generateImageSchema } from "./schemas";
import { storeImage } from "./store";
import { toImageDto } from "./to-dto";

interface Call {
  model: ModelInfo;
  reservation: TokenReservation;
  promptTokensEstimate: number;
  /** The reservation's lease while the call runs. */
  held: HeldCall;
}

/** Bills an answer: what the upstream reported, else the estimate at list prices. */
async function bill(call: Call, usage: ImageUsage | null): Promise<number> {
  // Recovery released the reservation of a call it took for dead: not twice.
  if (!(await call.held.close())) return 0;
  return recordUsage({
    kind: "image",
    modelId: call.model.id,
    model: call.model,
    reservation: call.reservation,
    promptTokens: usage ? usage.promptTokens : call.promptTokensEstimate,
    completionTokens: usage?.completionTokens ?? 0,
    costUsd: usage?.costUsd ?? null,
  });
}

/** After a failure, only what the upstream says it billed is recorded; else nothing is. */
async function settleFailure(call: Call, usage: ImageUsage | null): Promise<void> {
  if (usage) await bill(call, usage);
  else if (await call.held.close()) await releaseTokens(call.reservation);
}

/** The answer's image, checked; anything else is an error a person can act on. */
async function imageOf(answer: ImageAnswer, signal: AbortSignal) {
  // Stopped while the answer was on its way: the person no longer wants it.
  if (signal.aborted) throw cancelled();
  const [first] = answer.images;
  if (!first) throw noImageError(answer);
  // One request makes one image; models that send more repeat the same picture.
  return readGeneratedImage(first);
}

// As much as a browser notification shows.
const PREVIEW_LENGTH = 140;

/** Every tab of the person hears how a generation that kept nothing ended. */
function announceFailure(actor: SessionUser, call: Call, error: unknown, signal: AbortSignal) {
  const status = !signal.aborted ? "error" : interruptedByShutdown() ? "interrupted" : "stopped";
  return publishEvent(actor.id, "image.finished", {
    jobId: call.held.id,
    imageId: null,
    status,
    preview: error instanceof AppError ? error.message : "The image could not be made.",
  });
}

/** One image at a time per request id: a second send of the same one is refused while it runs. */
async function refuseRunningDuplicate(actor: SessionUser, clientId: string | undefined) {
  if (!clientId) return;
  const running = await ModelCall.exists({
    user_id: actor.id,
    kind: "image",
    "image.client_id": clientId,
  });
  if (running) throw AppError.conflict("This image is already being made.");
}

/**
 * Generates an image and keeps it. In order: validate, check the model and
 * the references (the actor's own only), the rate limit, then reserve
 * tokens, so a refused request never reaches the upstream. While it runs
 * it is a job every tab of the person sees (GET /api/images/jobs); a
 * closed request does not stop it, only a stop does (stopImageJob). A
 * failed or stopped generation saves nothing; only what the upstream
 * billed for it, if it said, is recorded as usage.
 */
export async function createImage(actor: SessionUser, raw: unknown): Promise<ImageDto> {
  const input = parseInput(generateImageSchema, raw);
  const model = await resolveImageModel(input);
  const referenceUrls = await loadReferences(actor, input.references);
  await refuseRunningDuplicate(actor, input.clientId);
  await enforceRateLimit("model", [`user:${actor.id}`]);

  const text = promptText(input.prompt, input.negativePrompt);
  const promptTokensEstimate = estimateTokens(text) + referenceUrls.length * MEDIA_PART_TOKENS;
  const reservation = await reserveTokens(actor.id, { promptTokens: promptTokensEstimate, model });
  const held = await HeldCall.open("image", model.id, reservation, promptTokensEstimate, {
    client_id: input.clientId ?? null,
    prompt: input.prompt,
    aspect_ratio: input.aspectRatio,
  }).catch(async (error: unknown) => {
    await releaseTokens(reservation);
    throw error;
  });
  const call: Call = { model, reservation, promptTokensEstimate, held };
  // Stop reaches it from any tab or instance; a shutdown waits for it, and past its grace period stops it too.
  const { controller } = registerGeneration(held.id, actor.id);
  const stopped = AbortSignal.any([controller.signal, shutdownSignal()]);
  await publishEvent(actor.id, "image.started", { jobId: held.id });
  const release = openStream("image");
  return holdShutdownFor(
    generateAndKeep(actor, input, call, text, referenceUrls, stopped).finally(() => {
      forgetGeneration(held.id);
      release();
    }),
  );
}

async function generateAndKeep(
  actor: SessionUser,
  input: GenerateImageInput,
  call: Call,
  text: string,
  referenceUrls: string[],
  signal: AbortSignal,
): Promise<ImageDto> {
  const { model } = call;
  const startedAt = Date.now();
  let answer: ImageAnswer;
  try {
    answer = await generateImage({
      modelId: model.id,
      text,
      referenceUrls,
      aspectRatio: input.aspectRatio,
      imageSize: input.imageSize,
      withText: model.outputModalities.includes("text"),
      signal,
    });
  } catch (error) {
    // A cancelled job is its person's choice, not the provider's failure.
    if (!signal.aborted) {
      recordUpstreamError(model.id, error instanceof AppError ? upstreamErrorKind(error) : "other");
    }
    await settleFailure(call, null);
    await announceFailure(actor, call, error, signal);
    throw error;
  }
  const generationTimeMs = Date.now() - startedAt;

  let image: GeneratedBytes;
  try {
    image = await imageOf(answer, signal);
  } catch (error) {
    await settleFailure(call, answer.usage);
    await announceFailure(actor, call, error, signal);
    throw error;
  }
  const costUsd = await bill(call, answer.usage);
  const doc = await storeImage(actor, {
    input,
    image,
    generationTimeMs,
    usage: answer.usage?.raw ?? null,
    costUsd,
  });
  await publishEvent(actor.id, "image.finished", {
    jobId: call.held.id,
    imageId: doc._id.toString(),
    status: "complete",
    preview: input.prompt.slice(0, PREVIEW_LENGTH),
  });
  return toImageDto(doc);
}
