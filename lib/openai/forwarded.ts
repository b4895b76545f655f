import type { JSONValue } from "ai";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/catalogue";
import type { ChatCompletionRequest } from "./schemas";

/** The request fields that reach the provider exactly as the caller sent them. */
const FORWARDED = [
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "response_format",
  "stop",
  "seed",
  "reasoning_effort",
] as const;

type Forwarded = (typeof FORWARDED)[number];

/** The name OpenRouter's supported_parameters gives what a field asks of the model; null: nothing to check. */
function parameterOf(field: Forwarded, request: ChatCompletionRequest): string | null {
  switch (field) {
    case "parallel_tool_calls":
      return "tools";
    case "reasoning_effort":
      return "reasoning";
    case "response_format": {
      const type = request.response_format?.type;
      if (type === "json_schema") return "structured_outputs";
      return type === "json_object" ? "response_format" : null;
    }
    default:
      return field;
  }
}

/** What a request asks of tools that has no tools to ask it of, as OpenAI refuses it. */
function checkToolFields(request: ChatCompletionRequest): void {
  for (const field of ["tool_choice", "parallel_tool_calls"] as const) {
    if (request[field] != null && !request.tools) {
      throw AppError.badRequest(`${field}: is only allowed with tools`, {
        [field]: ["is only allowed with tools"],
      });
    }
  }
  const choice = request.tool_choice;
  if (typeof choice === "object" && choice !== null) {
    const names = new Set(request.tools?.map((tool) => tool.function.name));
    if (!names.has(choice.function.name)) {
      const problem = `names ${choice.function.name}, which is not among the tools`;
      throw AppError.badRequest(`tool_choice: ${problem}`, { tool_choice: [problem] });
    }
  }
}

/**
 * The fields the AI SDK would reshape or not know (a tool's `strict`,
 * `parallel_tool_calls`, OpenRouter's extras on a tool, `reasoning_effort`)
 * go to the provider verbatim: what an agent framework sends is what the
 * model gets. The call itself still goes through the AI SDK rather than
 * passing the raw body on, as it is the one upstream client whose stream
 * handling (keep-alive comments, an error after a 200, a stream with no
 * finish, the idle timeout, usage and cost) the chat relies on; tool calls
 * come back through it with the provider's ids and argument text. A model
 * whose catalogue entry lists the parameters it takes is held to them,
 * with a 400 naming the field; one that lists none gets everything, and
 * the provider has the last word.
 */
export function forwardedFields(
  request: ChatCompletionRequest,
  model: ModelInfo,
): Record<string, JSONValue> {
  checkToolFields(request);
  const supported = model.supportedParameters ? new Set(model.supportedParameters) : null;
  const fields: Record<string, JSONValue> = {};
  for (const field of FORWARDED) {
    const value = request[field];
    if (value == null) continue;
    const parameter = parameterOf(field, request);
    if (supported && parameter && !supported.has(parameter)) {
      throw new AppError(
        "unsupported_parameter",
        400,
        `The model ${model.id} does not support ${field}: leave it out, or choose a model that does.`,
        { [field]: ["is not supported by the model"] },
      );
    }
    // Read from the request's JSON, so JSON.
    fields[field] = value as JSONValue;
  }
  return fields;
}
