import OpenAI from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import type { MessageDto } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { withKey } from "../support/api-keys";
import {
  callsMentioning,
  footprint,
  type KeyHolder,
  keyHolder,
  marker,
  UNTOUCHED,
} from "../support/openai";

type Params = OpenAI.ChatCompletionCreateParamsNonStreaming;
type Sent = { messages: Array<Record<string, unknown>> } & Record<string, unknown>;

const WEATHER: OpenAI.ChatCompletionFunctionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The weather in a city",
    parameters: {
      type: "object",
      properties: { city: { type: "string" } },
      required: ["city"],
      additionalProperties: false,
    },
    strict: true,
  },
};
const JSON_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "weather",
    strict: true,
    schema: { type: "object", properties: { temp: { type: "number" } } },
  },
} as const;
const TIME: OpenAI.ChatCompletionFunctionTool = {
  type: "function",
  function: { name: "get_time", parameters: { type: "object", properties: {} } },
};

/** A question that makes the fake model call get_weather for Paris. */
function weatherQuestion(word: string): OpenAI.ChatCompletionUserMessageParam {
  return {
    role: "user",
    content: `What is the weather? ${word} [[tool:get_weather={"city":"Paris"}]]`,
  };
}

/** The tool's answer to every call of an assistant message. */
function results(message: OpenAI.ChatCompletionMessage): OpenAI.ChatCompletionToolMessageParam[] {
  return (message.tool_calls ?? []).map((call) => ({
    role: "tool",
    tool_call_id: call.id,
    content: '{"temp":21}',
  }));
}

/** The assistant message as an agent sends it back: its content and tool calls. */
function asked(message: OpenAI.ChatCompletionMessage): OpenAI.ChatCompletionAssistantMessageParam {
  return { role: "assistant", content: message.content, tool_calls: message.tool_calls };
}

async function lastUpstreamBody(word: string): Promise<Sent> {
  const calls = await callsMentioning(word);
  return calls.at(-1)?.body as Sent;
}

let holder: KeyHolder;
beforeAll(async () => {
  await connectDb();
  holder = await keyHolder();
});

describe("tool calls through /api/v1/chat/completions", () => {
  it("makes a round trip whole: tool_calls, then the tool's result, then the answer", async () => {
    const word = marker();
    const question = weatherQuestion(word);
    const first = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [question],
      tools: [WEATHER],
      tool_choice: "auto",
    });
    const [choice] = first.choices;
    expect(choice?.finish_reason).toBe("tool_calls");
    expect(choice?.message.content).toBeNull();
    expect(choice?.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_/),
        type: "function",
        function: { name: "get_weather", arguments: '{"city":"Paris"}' },
      },
    ]);
    // The tools reach the provider as they were sent, strict and all.
    const sent = await lastUpstreamBody(word);
    expect(sent.tools).toEqual([WEATHER]);
    expect(sent.tool_choice).toBe("auto");

    const message = choice?.message as OpenAI.ChatCompletionMessage;
    const second = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [question, asked(message), ...results(message)],
      tools: [WEATHER],
    });
    expect(second.choices[0]?.finish_reason).toBe("stop");
    expect(second.choices[0]?.message.content).toContain('Tool get_weather said: {"temp":21}');
    expect(second.choices[0]?.message.tool_calls).toBeUndefined();

    const resent = await lastUpstreamBody(word);
    const [, call, result] = resent.messages;
    expect(call).toMatchObject({
      role: "assistant",
      tool_calls: [
        {
          id: message.tool_calls?.[0]?.id,
          type: "function",
          function: { name: "get_weather", arguments: '{"city":"Paris"}' },
        },
      ],
    });
    expect(result).toMatchObject({
      role: "tool",
      tool_call_id: message.tool_calls?.[0]?.id,
      content: '{"temp":21}',
    });
  });

  it("streams tool calls as delta.tool_calls by index, and the round trip goes on", async () => {
    const word = marker();
    const question: OpenAI.ChatCompletionUserMessageParam = {
      role: "user",
      content: `${word} [[tool:get_weather={"city":"Oslo"}]] [[tool:get_time]]`,
    };
    const stream = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [question],
      tools: [WEATHER, TIME],
      stream: true,
      stream_options: { include_usage: true },
    });
    const calls: Array<{ id?: string; name?: string; arguments: string }> = [];
    const finishReasons: string[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      for (const choice of chunk.choices) {
        for (const piece of choice.delta.tool_calls ?? []) {
          calls[piece.index] ??= { arguments: "" };
          const call = calls[piece.index] ?? { arguments: "" };
          if (piece.id) {
            expect(piece).toMatchObject({ type: "function", function: { arguments: "" } });
            call.id = piece.id;
            call.name = piece.function?.name;
          }
          call.arguments += piece.function?.arguments ?? "";
        }
        if (choice.finish_reason) finishReasons.push(choice.finish_reason);
      }
      if (chunk.usage) usage = chunk.usage;
    }
    expect(finishReasons).toEqual(["tool_calls"]);
    expect(calls).toEqual([
      { id: expect.stringMatching(/^call_/), name: "get_weather", arguments: '{"city":"Oslo"}' },
      { id: expect.stringMatching(/^call_/), name: "get_time", arguments: "{}" },
    ]);
    expect(usage?.completion_tokens).toBeGreaterThan(0);

    // The SDK's own stream helper puts the same pieces together.
    const helper = holder.openai.chat.completions.stream({
      model: "fake/echo",
      messages: [question],
      tools: [WEATHER, TIME],
    });
    const whole = await helper.finalChatCompletion();
    const message = whole.choices[0]?.message as OpenAI.ChatCompletionMessage;
    expect(
      message.tool_calls?.map((call) => call.type === "function" && call.function.name),
    ).toEqual(["get_weather", "get_time"]);

    const answer = holder.openai.chat.completions.stream({
      model: "fake/echo",
      messages: [question, asked(message), ...results(message)],
      tools: [WEATHER, TIME],
    });
    const text = await answer.finalContent();
    expect(text).toContain('Tool get_weather said: {"temp":21}');
    expect(text).toContain('Tool get_time said: {"temp":21}');
  });

  it("forwards parallel_tool_calls and tool_choice as sent", async () => {
    const word = marker();
    const completion = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: `${word} [[tool:get_weather]] [[tool:get_time]]` }],
      tools: [WEATHER, TIME],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      parallel_tool_calls: false,
    });
    expect(completion.choices[0]?.message.tool_calls).toHaveLength(1);
    expect(await lastUpstreamBody(word)).toMatchObject({
      parallel_tool_calls: false,
      tool_choice: { type: "function", function: { name: "get_weather" } },
    });

    const none = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: `${word} [[tool:get_weather]]` }],
      tools: [WEATHER],
      tool_choice: "none",
    });
    expect(none.choices[0]?.finish_reason).toBe("stop");
    expect(none.choices[0]?.message.content).toMatch(/^Echo:/);
  });

  it("answers a repeated Idempotency-Key with the same tool calls, whole and streamed", async () => {
    const key = `tools-${marker()}`;
    const request = {
      model: "fake/echo",
      messages: [weatherQuestion(marker())],
      tools: [WEATHER],
    };
    const first = await holder.openai.chat.completions.create(request, {
      headers: { "Idempotency-Key": key },
    });
    const again = await holder.openai.chat.completions.create(request, {
      headers: { "Idempotency-Key": key },
    });
    expect(again).toEqual(first);
    const replay = holder.openai.chat.completions.stream(request, {
      headers: { "Idempotency-Key": key },
    });
    const replayed = await replay.finalChatCompletion();
    expect(replayed.choices[0]?.message.tool_calls).toMatchObject(
      first.choices[0]?.message.tool_calls ?? [],
    );
    expect(replayed.choices[0]?.finish_reason).toBe("tool_calls");
  });
});

describe("fields passed to the provider", () => {
  it("forwards response_format, stop, seed and reasoning_effort as sent", async () => {
    const word = marker();
    const fields = {
      response_format: JSON_FORMAT,
      stop: ["END", "\n\n"],
      seed: 42,
      reasoning_effort: "low" as const,
    };
    for (const stream of [false, true]) {
      const params = {
        model: "fake/echo",
        messages: [{ role: "user" as const, content: `${word} ${stream}` }],
        ...fields,
      };
      const text = stream
        ? await holder.openai.chat.completions.stream(params).finalContent()
        : (await holder.openai.chat.completions.create(params)).choices[0]?.message.content;
      // The fake model says what it received; the recorded call shows it too.
      expect(text).toContain('"seed":42');
      const sent = await lastUpstreamBody(`${word} ${stream}`);
      expect(sent).toMatchObject(fields);
    }
  });

  it("refuses bad values and what the model cannot take with a 400 naming the field", async () => {
    const refused = await keyHolder();
    const word = marker();
    const user = { role: "user" as const, content: word };
    const call = {
      id: "call_1",
      type: "function" as const,
      function: { name: "get_weather", arguments: '{"city":"Paris"}' },
    };
    const cases: Array<{ body: Record<string, unknown>; param: string; says?: RegExp }> = [
      { body: { seed: "forty-two" }, param: "seed" },
      { body: { stop: ["a", "b", "c", "d", "e"] }, param: "stop" },
      { body: { reasoning_effort: "extreme" }, param: "reasoning_effort" },
      { body: { response_format: { type: "yaml" } }, param: "response_format.type" },
      { body: { tool_choice: "auto" }, param: "tool_choice", says: /only allowed with tools/ },
      { body: { parallel_tool_calls: true }, param: "parallel_tool_calls" },
      {
        body: { tools: [WEATHER], tool_choice: { type: "function", function: { name: "nope" } } },
        param: "tool_choice",
        says: /not among the tools/,
      },
      {
        body: { tools: [{ type: "function", function: { name: "bad name!" } }] },
        param: "tools.0.function.name",
      },
      {
        body: { model: "fake/text-only", tools: [WEATHER] },
        param: "tools",
        says: /fake\/text-only does not support tools/,
      },
      {
        body: { model: "fake/text-only", response_format: JSON_FORMAT },
        param: "response_format",
      },
      {
        body: { messages: [user, { role: "assistant", content: null, tool_calls: [call] }] },
        param: "messages.1.tool_calls.0.id",
        says: /no tool message answering it/,
      },
      {
        body: { messages: [user, { role: "tool", tool_call_id: "call_9", content: "hi" }] },
        param: "messages.1.tool_call_id",
      },
      {
        body: {
          messages: [
            user,
            {
              role: "assistant",
              content: null,
              tool_calls: [{ ...call, function: { name: "get_weather", arguments: "{city" } }],
            },
            { role: "tool", tool_call_id: "call_1", content: "hi" },
          ],
        },
        param: "messages.1.tool_calls.0.function.arguments",
      },
      {
        body: { messages: [user, { role: "assistant", content: null }] },
        param: "messages.1.content",
      },
      {
        body: { messages: [{ ...user, tool_calls: [call] }] },
        param: "messages.0.tool_calls",
      },
    ];
    for (const { body, param, says } of cases) {
      const error = await refused.openai.chat.completions
        .create({ model: "fake/echo", messages: [user], store: true, ...body } as Params)
        .catch((thrown: unknown) => thrown);
      expect(error, param).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error, param).toMatchObject({ status: 400, param });
      if (says) expect((error as Error).message, param).toMatch(says);
    }
    expect(await callsMentioning(word)).toHaveLength(0);
    expect(await footprint(refused.user.id)).toEqual(UNTOUCHED);
  });
});

describe("tool calls kept with store: true", () => {
  it("shows the calls and their results on the stored answers", async () => {
    const storing = await keyHolder();
    const api = withKey(storing.secret);
    const question = weatherQuestion(marker());
    const conversationOf = async (response: Response) => {
      const id = response.headers.get("x-uni-chat-conversation-id");
      const got = await api(`/api/conversations/${id}`);
      expect(got.status).toBe(200);
      return ((await got.json()) as { messages: MessageDto[] }).messages;
    };

    const first = await storing.openai.chat.completions
      .create({ model: "fake/echo", messages: [question], tools: [WEATHER], store: true })
      .withResponse();
    const message = first.data.choices[0]?.message as OpenAI.ChatCompletionMessage;
    const callId = message.tool_calls?.[0]?.id;
    const calling = await conversationOf(first.response);
    expect(calling.map((stored) => stored.role)).toEqual(["user", "assistant"]);
    expect(calling[1]?.content).toBe("");
    expect(calling[1]?.toolCalls).toEqual([
      { id: callId, name: "get_weather", arguments: '{"city":"Paris"}', result: null },
    ]);
    expect(calling[0]?.toolCalls).toBeUndefined();

    const second = await storing.openai.chat.completions
      .create({
        model: "fake/echo",
        messages: [question, asked(message), ...results(message)],
        tools: [WEATHER],
        store: true,
      })
      .withResponse();
    const answered = await conversationOf(second.response);
    expect(answered.map((stored) => stored.role)).toEqual(["user", "assistant", "assistant"]);
    expect(answered[1]?.toolCalls).toEqual([
      { id: callId, name: "get_weather", arguments: '{"city":"Paris"}', result: '{"temp":21}' },
    ]);
    expect(answered[2]?.content).toBe(second.data.choices[0]?.message.content);
    expect(answered[2]?.toolCalls).toBeUndefined();
  });
});
