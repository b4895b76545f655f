import type { ModelInfo } from "@/lib/llm/model-info";

interface ModelGroup {
  provider: string;
  models: ModelInfo[];
}

/** "openai/gpt-4o" → "openai"; an id without a prefix is its own provider. */
function providerOf(modelId: string): string {
  const slash = modelId.indexOf("/");
  return slash === -1 ? "other" : modelId.slice(0, slash);
}

/** Models grouped by provider, providers and models in alphabetical order. */
export function groupModels(models: readonly ModelInfo[]): ModelGroup[] {
  const groups = new Map<string, ModelInfo[]>();
  for (const model of models) {
    const provider = providerOf(model.id);
    const list = groups.get(provider);
    if (list) list.push(model);
    else groups.set(provider, [model]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([provider, list]) => ({
      provider,
      models: list.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}

export function acceptsImages(model: ModelInfo | undefined): boolean {
  return model?.inputModalities.includes("image") ?? true;
}

/**
 * The model to preselect: the conversation's own, else the last one picked
 * if it still exists, else the first text model listed.
 */
export function pickInitialModel(
  models: readonly ModelInfo[],
  preferred: readonly (string | null | undefined)[],
): string | null {
  for (const id of preferred) {
    if (id && models.some((model) => model.id === id)) return id;
  }
  const text = models.find((model) => model.outputModalities.includes("text"));
  return text?.id ?? models[0]?.id ?? null;
}
