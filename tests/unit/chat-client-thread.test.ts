import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fileProblem as problemIn } from "@/lib/chat/client/files";
import {
  isStored,
  itemsFromChat,
  itemsFromPath,
  sameItem,
  toChatMessages,
} from "@/lib/chat/client/thread-items";
import { createChatTransport } from "@/lib/chat/client/transport";
import { buildTree, visiblePath } from "@/lib/chat/client/tree";
import type { ChatUIMessage } from "@/lib/chat/client/types";
import { groupModels, pickInitialModel } from "@/lib/chat/shared/models";
import type { MessageDto } from "@/lib/conversations/dto";
import { ApiError } from "@/lib/http/client";
import type { ModelInfo } from "@/lib/llm/model-info";
import en from "@/messages/en";

const attachmentWords = createTranslator({
  locale: "en",
  messages: en,
  namespace: "chat.attachments",
});
const fileProblem = (file: Parameters<typeof problemIn>[0]) => problemIn(file, attachmentWords);

function dto(
  id: string,
  parentId: string | null,
  role: MessageDto["role"],
  minute: number,
): MessageDto {
  return {
    id,
    parentId,
    role,
    content: `${role} ${id}`,
    attachments: [],
    metadata:
      role === "assistant"
        ? {
            modelId: "fake/echo",
            promptTokens: 10,
            completionTokens: 20,
            generationTimeMs: 300,
            finishReason: "stop",
            costUsd: 0.0001,
            contextDropped: 0,
          }
        : null,
    isEdited: false,
    status: "complete",
    isError: false,
    errorMessage: null,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString(),
  };
}

const stored = [
  dto("u1", null, "user", 0),
  dto("a1", "u1", "assistant", 1),
  dto("a1b", "u1", "assistant", 2),
];
const tree = buildTree(stored);

describe("thread items", () => {
  it("shows an answer still streaming on the server with its checkpoint, and follows the chat's own stream over it", () => {
    const running: MessageDto = { ...dto("a2", "u1", "assistant", 3), status: "streaming" };
    const withRunning = buildTree([...stored, running]);
    expect(isStored(withRunning, "a2")).toBe(false);
    expect(isStored(withRunning, "a1")).toBe(true);
    expect(itemsFromPath(visiblePath(withRunning, "a2"), withRunning)[1]).toMatchObject({
      id: "a2",
      text: "assistant a2",
      streaming: true,
      saved: true,
    });

    const chat: ChatUIMessage[] = [
      ...toChatMessages(visiblePath(withRunning, "a2").slice(0, 1)),
      {
        id: "a2",
        role: "assistant",
        parts: [{ type: "text", text: "further than the checkpoint" }],
      },
    ];
    expect(itemsFromChat(chat, withRunning, null)[1]).toMatchObject({
      text: "further than the checkpoint",
      saved: false,
    });
  });

  it("shows an interrupted answer as a failure with its text and the note", () => {
    const interrupted: MessageDto = {
      ...dto("a3", "u1", "assistant", 4),
      status: "interrupted",
      isError: true,
      errorMessage: "This answer was interrupted.",
    };
    const withInterrupted = buildTree([...stored, interrupted]);
    expect(itemsFromPath(visiblePath(withInterrupted, "a3"), withInterrupted)[1]).toMatchObject({
      text: "assistant a3",
      isError: true,
      errorMessage: "This answer was interrupted.",
      streaming: false,
    });
  });

  it("shows the stored branch with versions", () => {
    const items = itemsFromPath(visiblePath(tree, "a1"), tree);
    expect(items.map((i) => i.id)).toEqual(["u1", "a1"]);
    expect(items[1]).toMatchObject({
      saved: true,
      streaming: false,
      siblings: { index: 0, count: 2 },
    });
    expect(items[1]?.details?.completionTokens).toBe(20);
  });

  it("says once, above the first answer that left messages out, that older messages were not sent", () => {
    const dropped = (message: MessageDto, count: number): MessageDto =>
      message.metadata
        ? { ...message, metadata: { ...message.metadata, contextDropped: count } }
        : message;
    const long = [
      dto("q1", null, "user", 0),
      dto("r1", "q1", "assistant", 1),
      dto("q2", "r1", "user", 2),
      dropped(dto("r2", "q2", "assistant", 3), 2),
      dto("q3", "r2", "user", 4),
      dropped(dto("r3", "q3", "assistant", 5), 4),
    ];
    const longTree = buildTree(long);
    const items = itemsFromPath(visiblePath(longTree, "r3"), longTree);
    expect(items.map((item) => item.contextDropped)).toEqual([0, 0, 0, 2, 0, 0]);

    // While the next answer streams, its start already says how many it left out.
    const chat: ChatUIMessage[] = [
      ...toChatMessages(visiblePath(tree, "a1").slice(0, 1)),
      {
        id: "new",
        role: "assistant",
        parts: [{ type: "text", text: "Par" }],
        metadata: { contextDropped: 3, modelId: "fake/small-context" },
      },
    ];
    expect(itemsFromChat(chat, tree, "new")[1]).toMatchObject({
      contextDropped: 3,
      modelId: "fake/small-context",
    });
  });

  it("shows a regeneration while it streams as the newest version", () => {
    const chat: ChatUIMessage[] = [
      ...toChatMessages(visiblePath(tree, "a1").slice(0, 1)),
      { id: "new", role: "assistant", parts: [{ type: "text", text: "Par" }] },
    ];
    const items = itemsFromChat(chat, tree, "new");
    expect(items[1]).toMatchObject({
      id: "new",
      text: "Par",
      saved: false,
      streaming: true,
      parentId: "u1",
      siblings: { index: 2, count: 3 },
      details: null,
    });
  });

  it("takes a finished reply's details from the stream's metadata", () => {
    const chat: ChatUIMessage[] = [
      {
        id: "local",
        role: "user",
        parts: [{ type: "text", text: "Hi" }],
        metadata: {
          attachments: [
            {
              id: "f1",
              name: "a.png",
              size: 3,
              mimeType: "image/png",
              kind: "image",
              url: "/api/files/f1",
            },
          ],
        },
      },
      {
        id: "srv",
        role: "assistant",
        parts: [{ type: "text", text: "Hello" }],
        metadata: { finishReason: "stopped", completionTokens: 4, costUsd: 0.5, modelId: "m" },
      },
    ];
    const [user, reply] = itemsFromChat(chat, buildTree<MessageDto>([]), null);
    expect(user?.attachments).toHaveLength(1);
    expect(user?.siblings.count).toBe(1);
    expect(reply?.details).toMatchObject({
      finishReason: "stopped",
      completionTokens: 4,
      costUsd: 0.5,
    });
    expect(reply?.siblings).toMatchObject({ index: 0, count: 1 });
  });

  it("compares rows by what they show", () => {
    const [a] = itemsFromPath([stored[1] as MessageDto], tree);
    const [b] = itemsFromPath([{ ...(stored[1] as MessageDto) }], tree);
    if (!a || !b) throw new Error("no items");
    expect(sameItem(a, b)).toBe(true);
    expect(sameItem(a, { ...b, text: "changed" })).toBe(false);
    expect(sameItem(a, { ...b, details: null })).toBe(false);
  });
});

describe("transport", () => {
  afterEach(() => vi.unstubAllGlobals());

  function capture(response: Response) {
    const calls: { url: string; body: unknown }[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({
          url,
          body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
        });
        return response;
      }),
    );
    return calls;
  }

  const idle = { id: () => null, ended: () => {} };

  const sseEnd = () =>
    new Response('data: {"type":"start"}\n\ndata: [DONE]\n\n', {
      headers: { "content-type": "text/event-stream" },
    });

  const history: ChatUIMessage[] = [
    { id: "a0", role: "assistant", parts: [{ type: "text", text: "Earlier answer" }] },
    { id: "client-1", role: "user", parts: [{ type: "text", text: "New question" }] },
  ];

  it("sends only the new message's fields", async () => {
    const calls = capture(sseEnd());
    await createChatTransport("c1", idle).sendMessages({
      chatId: "c1",
      messages: history,
      abortSignal: undefined,
      trigger: "submit-message",
      messageId: undefined,
      body: { parentId: "a0", model: "fake/echo", attachments: ["f1"] },
    });
    expect(calls).toEqual([
      {
        url: "/api/conversations/c1/messages",
        body: {
          content: "New question",
          clientId: "client-1",
          parentId: "a0",
          model: "fake/echo",
          attachments: ["f1"],
        },
      },
    ]);
  });

  it("sends a regeneration to the message's own URL", async () => {
    const calls = capture(sseEnd());
    await createChatTransport("c1", idle).sendMessages({
      chatId: "c1",
      messages: history.slice(0, 1),
      abortSignal: undefined,
      trigger: "regenerate-message",
      messageId: "a0",
      body: { model: "fake/slow", attachments: [] },
    });
    expect(calls).toEqual([
      { url: "/api/conversations/c1/messages/a0/regenerate", body: { model: "fake/slow" } },
    ]);
  });

  it("turns an error answered before streaming into an ApiError", async () => {
    capture(
      Response.json(
        { error: { code: "token_limit_reached", message: "You have used your tokens." } },
        { status: 429 },
      ),
    );
    const sending = createChatTransport("c1", idle).sendMessages({
      chatId: "c1",
      messages: history,
      abortSignal: undefined,
      trigger: "submit-message",
      messageId: undefined,
      body: {},
    });
    await expect(sending).rejects.toBeInstanceOf(ApiError);
    await expect(sending).rejects.toMatchObject({
      status: 429,
      code: "token_limit_reached",
      message: "You have used your tokens.",
    });
  });

  it("resumes the running answer from its stream, and nothing when none runs", async () => {
    const calls = capture(sseEnd());
    const ended = vi.fn();
    const resumed = await createChatTransport("c1", { id: () => "a1", ended }).reconnectToStream({
      chatId: "c1",
    });
    expect(resumed).not.toBeNull();
    expect(calls).toEqual([{ url: "/api/conversations/c1/messages/a1/stream", body: undefined }]);
    expect(await createChatTransport("c1", idle).reconnectToStream({ chatId: "c1" })).toBe(null);
    expect(calls).toHaveLength(1);
    expect(ended).not.toHaveBeenCalled();
  });

  it("says so when the answer it resumes has ended meanwhile", async () => {
    capture(new Response(null, { status: 204 }));
    const ended = vi.fn();
    const transport = createChatTransport("c1", { id: () => "a1", ended });
    expect(await transport.reconnectToStream({ chatId: "c1" })).toBeNull();
    expect(ended).toHaveBeenCalledOnce();
  });
});

describe("models and files", () => {
  const model = (id: string, name: string, input = ["text"]): ModelInfo => ({
    id,
    name,
    description: "",
    contextLength: 1000,
    maxOutputTokens: null,
    pricing: { promptUsdPerToken: 0, completionUsdPerToken: 0, imageUsdPerImage: null },
    inputModalities: input,
    outputModalities: ["text"],
  });
  const models = [
    model("openai/b", "B"),
    model("anthropic/a", "A"),
    model("openai/a", "A2"),
    model("solo", "S"),
  ];

  it("groups models by provider prefix", () => {
    expect(groupModels(models).map((g) => [g.provider, g.models.map((m) => m.id)])).toEqual([
      ["anthropic", ["anthropic/a"]],
      ["openai", ["openai/a", "openai/b"]],
      ["other", ["solo"]],
    ]);
  });

  it("preselects the conversation's model, else the remembered one, else the first", () => {
    expect(pickInitialModel(models, ["openai/a", "solo"])).toBe("openai/a");
    expect(pickInitialModel(models, ["gone/model", "solo"])).toBe("solo");
    expect(pickInitialModel(models, [null, null])).toBe("openai/b");
    expect(pickInitialModel([], [null])).toBeNull();
  });

  it("explains files that cannot be attached", () => {
    expect(fileProblem({ name: "a.png", size: 10, type: "image/png" })).toBeNull();
    expect(fileProblem({ name: "notes.md", size: 10, type: "" })).toBeNull();
    expect(
      fileProblem({ name: "big.pdf", size: 17 * 1024 * 1024, type: "application/pdf" }),
    ).toMatch(/larger than 16 MB/);
    expect(fileProblem({ name: "logo.svg", size: 10, type: "image/svg+xml" })).toMatch(/only PNG/);
    expect(fileProblem({ name: "app.exe", size: 10, type: "application/x-msdownload" })).toMatch(
      /can't be attached/,
    );
    expect(fileProblem({ name: "empty.txt", size: 0, type: "text/plain" })).toMatch(/empty/);
  });
});
