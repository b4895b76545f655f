import type { ModelInfo } from "@/lib/llm/model-info";

/** What a panel of a new comparison answers with: "config:<id>" or "model:<id>", "" before a pick. */
export type PanelChoice = string;

export type PanelInput = { configId: string } | { modelId: string };

// The server checks these too (models/arena-session.ts); the form only uses them to offer buttons.
export const MIN_PANELS = 2;
export const MAX_PANELS = 4;

export const configChoice = (id: string): PanelChoice => `config:${id}`;
export const modelChoice = (id: string): PanelChoice => `model:${id}`;

/** The request's panel for a pick, or null when nothing is picked. */
export function toPanelInput(choice: PanelChoice): PanelInput | null {
  if (choice.startsWith("config:")) return { configId: choice.slice("config:".length) };
  if (choice.startsWith("model:")) return { modelId: choice.slice("model:".length) };
  return null;
}

/** Models that answer in text: an image model has nothing to show in a panel. */
export function textModels(models: readonly ModelInfo[]): ModelInfo[] {
  return models.filter((model) => model.outputModalities.includes("text"));
}

/**
 * The picks a new comparison starts with: the preferred model (the one last
 * used in chat) and the next different text models, so Create works at once.
 */
export function defaultChoices(
  models: readonly ModelInfo[],
  preferred: string | null,
  count = MIN_PANELS,
): PanelChoice[] {
  const ids = textModels(models).map((model) => model.id);
  const ordered =
    preferred && ids.includes(preferred)
      ? [preferred, ...ids.filter((id) => id !== preferred)]
      : ids;
  return Array.from({ length: count }, (_, index) => {
    const id = ordered[index];
    return id ? modelChoice(id) : "";
  });
}

/** The pick for a panel added to `current`: the first text model not already in a panel. */
export function nextChoice(
  models: readonly ModelInfo[],
  preferred: string | null,
  current: readonly PanelChoice[],
): PanelChoice {
  const ordered = defaultChoices(models, preferred, textModels(models).length);
  return ordered.find((choice) => !current.includes(choice)) ?? "";
}
