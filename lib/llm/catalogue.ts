import "server-only";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/model-info";
import { parseModelList } from "@/lib/llm/model-list";
import { type UpstreamConfig, upstreamConfig } from "@/lib/llm/upstream-config";
import { log } from "@/lib/log";
import { rememberCatalogueModels } from "@/lib/observability/model-label";

// Server code already imports these from here; client code uses model-info directly.
export { estimateCostUsd, type ModelInfo } from "@/lib/llm/model-info";

export interface CatalogueOptions {
  fetch?: typeof fetch;
  config?: () => UpstreamConfig;
  /** How long a list counts as fresh. */
  ttlMs?: number;
  /** After a failed background refresh, how long to keep serving the old list before trying again. */
  retryMs?: number;
  now?: () => number;
}

export interface ModelCatalogue {
  list(): Promise<ModelInfo[]>;
}

const HOUR_MS = 60 * 60 * 1000;
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The upstream model list, cached: fresh for `ttlMs`, then served stale while
 * one refresh runs in the background. A failed refresh keeps the last good
 * list; only when there never was one does `list()` fail.
 */
export function createModelCatalogue(options: CatalogueOptions = {}): ModelCatalogue {
  const fetchList = options.fetch ?? ((...args) => fetch(...args));
  const config = options.config ?? upstreamConfig;
  const ttlMs = options.ttlMs ?? HOUR_MS;
  const retryMs = options.retryMs ?? 60_000;
  const now = options.now ?? Date.now;

  let good: { models: ModelInfo[]; at: number } | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<ModelInfo[]> | undefined;

  async function load(): Promise<ModelInfo[]> {
    const { baseUrl, apiKey } = config();
    const response = await fetchList(`${baseUrl}/models`, {
      headers: { authorization: `Bearer ${apiKey}`, accept: "application/json" },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`GET /models answered ${response.status}`);
    const { models, skipped } = parseModelList(await response.json());
    if (skipped > 0) log.warn("model list entries skipped", { skipped, kept: models.length });
    if (models.length === 0) throw new Error("the model list has no usable models");
    return models;
  }

  function refresh(): Promise<ModelInfo[]> {
    inFlight ??= load()
      .then((models) => {
        good = { models, at: now() };
        rememberCatalogueModels(models.map((model) => model.id));
        return models;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    async list() {
      if (!good) {
        return refresh().catch((error: unknown) => {
          if (error instanceof AppError) throw error;
          log.error("model list could not be loaded", { error });
          throw new AppError(
            "upstream_error",
            502,
            "The list of models could not be loaded from the model provider. Try again in a moment.",
          );
        });
      }
      const time = now();
      if (time - good.at >= ttlMs && time - failedAt >= retryMs && !inFlight) {
        refresh().catch((error: unknown) => {
          failedAt = now();
          log.warn("model list refresh failed; serving the last good list", { error });
        });
      }
      return good.models;
    },
  };
}

// Kept on globalThis so Next's dev reloads and every route share one cache.
const store = globalThis as typeof globalThis & { __uniChatModelCatalogue?: ModelCatalogue };

export function listModels(): Promise<ModelInfo[]> {
  store.__uniChatModelCatalogue ??= createModelCatalogue();
  return store.__uniChatModelCatalogue.list();
}

export async function findModel(id: string): Promise<ModelInfo | undefined> {
  return (await listModels()).find((model) => model.id === id);
}
