/** How a fake model answers a chat completion. */
export type Behaviour =
  | "echo"
  | "fault-429"
  | "fault-500"
  | "cut"
  | "hang"
  | "error-after-200"
  | "no-finish";

export interface FakeModel {
  id: string;
  name: string;
  description: string;
  contextLength: number;
  maxCompletionTokens: number | null;
  /** USD per token (per image for `image`), as strings: OpenRouter's format. */
  pricing: { prompt: string; completion: string; image?: string };
  input: string[];
  output: string[];
  behaviour: Behaviour;
  /** Milliseconds per streamed token unless the prompt sets `[[delay:MS]]`. */
  tokenDelayMs: number;
  /** What `/models` lists as its supported_parameters. */
  parameters: string[];
}

const TEXT_PRICING = { prompt: "0.000001", completion: "0.000002" };
const SAMPLING = ["max_tokens", "temperature", "top_p", "frequency_penalty", "presence_penalty"];
/** OpenRouter's names for what an agent asks of a model beyond sampling. */
const AGENT_PARAMETERS = [
  "tools",
  "tool_choice",
  "response_format",
  "structured_outputs",
  "stop",
  "seed",
  "reasoning",
  "include_reasoning",
];

function model(
  id: string,
  description: string,
  overrides: Partial<Omit<FakeModel, "id" | "description">> = {},
): FakeModel {
  return {
    id,
    name: `Fake: ${id.slice("fake/".length)}`,
    description,
    contextLength: 32_768,
    maxCompletionTokens: 8_192,
    pricing: TEXT_PRICING,
    input: ["text", "image"],
    output: ["text"],
    behaviour: "echo",
    tokenDelayMs: 0,
    parameters: [...SAMPLING, ...AGENT_PARAMETERS],
    ...overrides,
  };
}

/** Every model the fake upstream serves; `/models` lists exactly these. */
export const FAKE_MODELS: readonly FakeModel[] = [
  model("fake/echo", "Echoes the last user message, then filler words. Sees images."),
  model("fake/text-only", "Like fake/echo but takes no image input, tools or structured output.", {
    input: ["text"],
    parameters: SAMPLING,
    contextLength: 8_192,
    maxCompletionTokens: 4_096,
    pricing: { prompt: "0.0000005", completion: "0.0000015" },
  }),
  model("fake/small-context", "Like fake/echo with a 2,000-token context window.", {
    contextLength: 2_000,
    maxCompletionTokens: 500,
  }),
  model("fake/slow", "Like fake/echo with a 20 ms pause before every token.", {
    tokenDelayMs: 20,
  }),
  model("fake/image", "Draws a small PNG when asked for modalities image and text.", {
    output: ["image", "text"],
    pricing: { prompt: "0.000001", completion: "0.000004", image: "0.01" },
  }),
  model("fake/fault-429", "Always answers 429 with Retry-After.", { behaviour: "fault-429" }),
  model("fake/fault-500", "Always answers 500.", { behaviour: "fault-500" }),
  model("fake/cut", "Destroys the connection halfway through the stream.", { behaviour: "cut" }),
  model("fake/hang", "Sends headers and keep-alive comments, never an answer.", {
    behaviour: "hang",
  }),
  model("fake/error-after-200", "Streams some text, then an error event, as OpenRouter does.", {
    behaviour: "error-after-200",
  }),
  model("fake/no-finish", "Streams text then [DONE] without a finish reason.", {
    behaviour: "no-finish",
  }),
];

export function findFakeModel(id: unknown): FakeModel | undefined {
  return FAKE_MODELS.find((candidate) => candidate.id === id);
}

/** The `/models` entry, shaped like OpenRouter's. */
export function toOpenRouterModel(fake: FakeModel) {
  return {
    id: fake.id,
    canonical_slug: fake.id,
    name: fake.name,
    created: 1_700_000_000,
    description: fake.description,
    context_length: fake.contextLength,
    architecture: {
      modality: `${fake.input.join("+")}->${fake.output.join("+")}`,
      input_modalities: fake.input,
      output_modalities: fake.output,
      tokenizer: "Other",
    },
    pricing: { request: "0", ...fake.pricing },
    top_provider: {
      context_length: fake.contextLength,
      max_completion_tokens: fake.maxCompletionTokens,
      is_moderated: false,
    },
    supported_parameters: fake.parameters,
  };
}
