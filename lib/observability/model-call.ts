import type { AppError } from "@/lib/errors";
import {
  noteStreamChange,
  noteUpstreamError,
  type StreamKind,
  type UpstreamErrorKind,
} from "./activity";
import { metrics } from "./metrics";
import { modelLabel } from "./model-label";
import { tracer } from "./tracer";

const KINDS: Record<string, UpstreamErrorKind> = {
  upstream_rate_limited: "429",
  upstream_error: "5xx",
  upstream_incomplete: "cut",
  upstream_timeout: "timeout",
};

/** How a failed model call counts: by the AppError lib/llm made of it. */
export function upstreamErrorKind(error: AppError): UpstreamErrorKind {
  return KINDS[error.code] ?? "other";
}

export interface Usage {
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
}

/**
 * Counts one answer while it runs (an open stream), then records it once:
 * at its first text and at its end, never per token.
 */
export function openStream(kind: StreamKind): () => void {
  metrics().openStreams.inc({ kind });
  noteStreamChange(kind, 1);
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    metrics().openStreams.dec({ kind });
    noteStreamChange(kind, -1);
  };
}

/** Records a failed model call, also one that is not a chat stream (an image). */
export function recordUpstreamError(modelId: string, kind: UpstreamErrorKind): void {
  const model = modelLabel(modelId);
  metrics().upstreamErrors.inc({ kind, model });
  noteUpstreamError(model, kind);
}

/** Watches one streamed model call: metrics, the activity summary and its trace span. */
export function watchModelCall(kind: StreamKind, modelId: string) {
  const model = modelLabel(modelId);
  const started = performance.now();
  const release = openStream(kind);
  const span = tracer()?.startSpan(`chat ${modelId}`, {
    "gen_ai.operation.name": "chat",
    "gen_ai.request.model": modelId,
  });
  let textSeen = false;
  const seconds = () => (performance.now() - started) / 1000;
  return {
    firstText() {
      if (textSeen) return;
      textSeen = true;
      metrics().firstToken.observe({ model }, seconds());
    },
    finished(usage: Usage) {
      const m = metrics();
      m.answerDuration.observe({ model }, seconds());
      m.tokens.inc({ model, direction: "input" }, usage.promptTokens);
      m.tokens.inc({ model, direction: "output" }, usage.completionTokens);
      if (usage.costUsd) m.cost.inc({ model }, usage.costUsd);
      span?.setAttributes({
        "gen_ai.usage.input_tokens": usage.promptTokens,
        "gen_ai.usage.output_tokens": usage.completionTokens,
        "gen_ai.response.finish_reasons": usage.finishReason,
      });
      span?.end();
    },
    failed(error: AppError) {
      metrics().answerDuration.observe({ model }, seconds());
      recordUpstreamError(modelId, upstreamErrorKind(error));
      span?.fail(error.code);
      span?.end();
    },
    /** The stream is over (or its reader left): it no longer counts as open. */
    release,
  };
}
