import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppServer } from "../setup/app";
import { waitFor } from "../setup/wait";
import { createConversation } from "../support/chat";
import { Client } from "../support/http";
import { startOtlpReceiver } from "../support/otlp-receiver";
import { OwnApps } from "../support/own-app";
import { readUiStream } from "../support/ui-stream";
import { createUser } from "../support/users";

const own = new OwnApps();
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let app: AppServer;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  app = await own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_SERVICE_NAME: "uni-chat-under-test",
    // Export within moments instead of every five seconds.
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
});
afterAll(async () => {
  await own.cleanUp();
  await receiver.stop();
});

describe("tracing with OTEL_EXPORTER_OTLP_ENDPOINT set", () => {
  it("exports a chat answer's request span, its model call and its database commands", async () => {
    const user = await createUser();
    const client = new Client(app.url);
    expect((await client.signIn(user.email, user.password)).ok).toBe(true);
    const conversationId = await createConversation(user, { modelId: "fake/echo" });
    const response = await client.json(`/api/conversations/${conversationId}/messages`, "POST", {
      content: "trace me [[tokens:9]]",
    });
    expect(response.status).toBe(200);
    expect((await readUiStream(response)).finish).toBeDefined();

    const route = "POST /api/conversations/[id]/messages";
    await waitFor(
      async () =>
        receiver.spans.some((span) => span.name === route) &&
        receiver.spans.some((span) => span.name === "chat fake/echo") &&
        receiver.spans.some((span) => span.name.startsWith("db ")),
      "the exported spans",
      20_000,
    );
    // Ours is the root; Next's own spans, one of the same name among them, nest under it.
    const request = receiver.spans.find((span) => span.name === route && !span.parentSpanId);
    expect(request).toMatchObject({
      service: "uni-chat-under-test",
      attributes: {
        "http.route": "/api/conversations/[id]/messages",
        "http.request.method": "POST",
      },
    });
    const upstream = receiver.spans.find((span) => span.name === "chat fake/echo");
    expect(upstream?.attributes).toMatchObject({
      "gen_ai.request.model": "fake/echo",
      "gen_ai.usage.output_tokens": 9,
      "gen_ai.response.finish_reasons": "stop",
    });
    expect(upstream?.attributes["gen_ai.usage.input_tokens"]).toBeGreaterThan(0);
    // The model call belongs to the request that started it.
    expect(upstream?.traceId).toBe(request?.traceId);
    const database = receiver.spans.filter(
      (span) => span.name.startsWith("db ") && span.traceId === request?.traceId,
    );
    expect(database.length).toBeGreaterThan(0);
    expect(database[0]?.attributes["db.system.name"]).toBe("mongodb");
  });
});
