import { randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Tool calling as OpenRouter's models do it, deterministically. A request
 * that offers tools, whose last message is the user's and says
 *   [[tool:NAME]] or [[tool:NAME={"city":"Paris"}]]
 * gets a call to NAME (if offered) with those arguments (`{}` without), one
 * call per directive, or only the first with parallel_tool_calls: false;
 * tool_choice "none" gets text. Once the tools' results follow, the answer
 * repeats them.
 */

export const toolFieldsSchema = {
  tools: z
    .array(z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string() }) }))
    .optional(),
  tool_choice: z.unknown().optional(),
  parallel_tool_calls: z.boolean().optional(),
};

const toolCallSchema = z.looseObject({
  id: z.string(),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

export const toolMessageFields = {
  tool_calls: z.array(toolCallSchema).nullish(),
  tool_call_id: z.string().nullish(),
};

interface ToolRequest {
  tools?: Array<{ function: { name: string } }>;
  tool_choice?: unknown;
  parallel_tool_calls?: boolean;
  messages: Array<{
    role: string;
    content?: unknown;
    tool_calls?: Array<{ id: string; function: { name: string } }> | null;
    tool_call_id?: string | null;
  }>;
}

export interface PlannedToolCall {
  id: string;
  name: string;
  arguments: string;
}

export function plannedToolCalls(request: ToolRequest, userText: string): PlannedToolCall[] {
  const last = request.messages.at(-1);
  if (!request.tools?.length || request.tool_choice === "none" || last?.role !== "user") return [];
  const offered = new Set(request.tools.map((tool) => tool.function.name));
  const calls = [...userText.matchAll(/\[\[tool:([\w-]+)(?:=([^\]]*))?\]\]/g)]
    .filter((match) => offered.has(match[1] ?? ""))
    .map((match) => ({
      id: `call_${randomBytes(6).toString("hex")}`,
      name: match[1] ?? "",
      arguments: match[2] || "{}",
    }));
  return request.parallel_tool_calls === false ? calls.slice(0, 1) : calls;
}

/** The results of tools answered after the last user message, as the reply repeats them. */
export function toolResultsText(request: ToolRequest): string {
  const lastUser = request.messages.findLastIndex((message) => message.role === "user");
  const names = new Map<string, string>();
  const said: string[] = [];
  for (const message of request.messages.slice(lastUser + 1)) {
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
    if (message.role === "tool") {
      const name = names.get(message.tool_call_id ?? "") ?? "unknown";
      said.push(
        `Tool ${name} said: ${typeof message.content === "string" ? message.content : JSON.stringify(message.content)}`,
      );
    }
  }
  return said.join(" ");
}

/** The arguments split in three, as a model streams them. */
export function argumentPieces(text: string): string[] {
  const third = Math.ceil(text.length / 3);
  return [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)].filter(
    Boolean,
  );
}
