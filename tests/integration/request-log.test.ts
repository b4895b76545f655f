import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppServer } from "../setup/app";
import { waitFor } from "../setup/wait";
import { createConversation } from "../support/chat";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { banUser, createUser, type TestUser } from "../support/users";

const TOKEN = "scrape-token-0123456789abcdef";

const own = new OwnApps();
let app: AppServer;

beforeAll(async () => {
  app = await own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    METRICS_TOKEN: TOKEN,
  });
});
afterAll(() => own.cleanUp());

interface LogLine {
  level: string;
  message: string;
  requestId?: string;
  [field: string]: unknown;
}

/** The app's JSON log lines so far. */
function logLines(server: AppServer): LogLine[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The request line an id names, once the response has ended and it is written. */
async function requestLine(server: AppServer, requestId: string): Promise<LogLine> {
  let found: LogLine | undefined;
  await waitFor(
    async () => {
      found = logLines(server).find(
        (line) => line.message === "request" && line.requestId === requestId,
      );
      return found !== undefined;
    },
    `the log line of request ${requestId}`,
    10_000,
  );
  return found as LogLine;
}

async function signedInOn(server: AppServer, user: TestUser): Promise<Client> {
  const client = new Client(server.url);
  const result = await client.signIn(user.email, user.password);
  if (!result.ok) throw new Error(`sign-in failed (${result.code})`);
  return client;
}

describe("GET /api/metrics with a METRICS_TOKEN configured", () => {
  it("takes the token or an admin; everyone else is told to authenticate", async () => {
    const [user, banned, admin] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ role: "admin" }),
    ]);
    const [userClient, bannedClient, adminClient] = await Promise.all([
      signedInOn(app, user),
      signedInOn(app, banned),
      signedInOn(app, admin),
    ]);
    await banUser(banned);
    const anonymous = new Client(app.url);
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const statuses = {
      rightToken: (await anonymous.fetch("/api/metrics", bearer(TOKEN))).status,
      wrongToken: (await anonymous.fetch("/api/metrics", bearer(`${TOKEN}x`))).status,
      noToken: (await anonymous.fetch("/api/metrics")).status,
      user: (await userClient.fetch("/api/metrics")).status,
      banned: (await bannedClient.fetch("/api/metrics")).status,
      admin: (await adminClient.fetch("/api/metrics")).status,
    };
    expect(statuses).toEqual({
      rightToken: 200,
      wrongToken: 401,
      noToken: 401,
      user: 401,
      banned: 401,
      admin: 200,
    });
    const refused = await anonymous.fetch("/api/metrics");
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});

describe("the request log", () => {
  it("gives every request an id, echoed in the response and on its log line", async () => {
    const response = await fetch(`${app.url}/api/health`);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[\w-]{16,}$/);
    const line = await requestLine(app, requestId as string);
    expect(line).toMatchObject({ level: "info", method: "GET", route: "/api/health", status: 200 });
    expect(typeof line.durationMs).toBe("number");
  });

  it("keeps a sane incoming id and replaces one that is not", async () => {
    const sane = "edge-7f3a.42:retry_1";
    const kept = await fetch(`${app.url}/api/health`, { headers: { "x-request-id": sane } });
    expect(kept.headers.get("x-request-id")).toBe(sane);
    await requestLine(app, sane);

    for (const insane of ["a".repeat(129), "two words", '"quoted"', "semi;colon"]) {
      const response = await fetch(`${app.url}/api/health`, {
        headers: { "x-request-id": insane },
      });
      const given = response.headers.get("x-request-id");
      expect(given).not.toBe(insane);
      expect(given).toMatch(/^[\w-]{16,}$/);
    }
  });

  it("replaces an id with a line break, which could forge a log line", async () => {
    // fetch refuses to send such a header, so it goes over a bare socket.
    const { hostname, port } = new URL(app.url);
    const socket = connect(Number(port), hostname);
    const head = await new Promise<string>((resolve, reject) => {
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString("latin1");
        if (received.includes("\r\n\r\n")) resolve(received);
      });
      socket.on("error", reject);
      socket.write(
        "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: abc\rforged\r\nConnection: close\r\n\r\n",
      );
    });
    socket.destroy();
    // Node refuses the malformed header outright, or the id is replaced.
    const id = /x-request-id: (.*)\r\n/i.exec(head)?.[1];
    if (id !== undefined) expect(id).not.toContain("forged");
    expect(app.output()).not.toContain("forged");
  });

  it("names the route template and the user, never a cookie, key or query string", async () => {
    const user = await createUser();
    const client = await signedInOn(app, user);
    const conversationId = await createConversation(user);
    const response = await client.fetch(`/api/conversations/${conversationId}?secret=hunter2`, {
      headers: { "x-request-id": "conversation-read-1" },
    });
    expect(response.status).toBe(200);
    const line = await requestLine(app, "conversation-read-1");
    expect(line).toMatchObject({
      method: "GET",
      route: "/api/conversations/[id]",
      status: 200,
      userId: user.id,
    });

    await new Client(app.url).fetch("/api/metrics", {
      headers: { authorization: `Bearer ${TOKEN}`, "x-request-id": "scrape-1" },
    });
    await requestLine(app, "scrape-1");

    const output = app.output();
    const sessionCookie = client.cookieHeader
      .split("; ")
      .find((cookie) => cookie.includes("session-token"));
    expect(sessionCookie).toBeDefined();
    expect(output).not.toContain(sessionCookie?.split("=")[1] as string);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain("hunter2");
    expect(output).not.toContain(conversationId);
  });

  it("marks each line a request causes with its id, and logs a streamed answer when it ends", async () => {
    const user = await createUser();
    const client = await signedInOn(app, user);
    const conversationId = await createConversation(user, { modelId: "fake/fault-500" });
    const response = await client.json(
      `/api/conversations/${conversationId}/messages`,
      "POST",
      { content: "fail for the log" },
      { "x-request-id": "failing-answer-1" },
    );
    expect(response.headers.get("x-request-id")).toBe("failing-answer-1");
    await response.text();
    const line = await requestLine(app, "failing-answer-1");
    expect(line).toMatchObject({ route: "/api/conversations/[id]/messages", status: 200 });
    const caused = logLines(app).filter((entry) => entry.requestId === "failing-answer-1");
    expect(caused.map((entry) => entry.message)).toContain("model call failed");
  });

  it("logs a client that leaves mid-answer as aborted", async () => {
    const user = await createUser();
    const client = await signedInOn(app, user);
    const conversationId = await createConversation(user);
    const controller = new AbortController();
    const response = await client.fetch(`/api/conversations/${conversationId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "left-early-1" },
      body: JSON.stringify({ content: "slowly [[delay:200]] [[tokens:30]]" }),
      signal: controller.signal,
    });
    await response.body?.getReader().read();
    controller.abort();
    const line = await requestLine(app, "left-early-1");
    expect(line).toMatchObject({
      route: "/api/conversations/[id]/messages",
      status: 200,
      aborted: true,
    });
  });
});
