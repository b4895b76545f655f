import { connect, type Socket } from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { newConversation, OwnApps, registerOn } from "../support/own-app";

const apps = new OwnApps();
afterAll(() => apps.cleanUp());

/** Opens a raw connection to the app, to leave a request halfway as a browser can. */
function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once("error", reject);
  });
}

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once("close", () => resolve());
  });
}

/** Requests a page and resets the connection once its first bytes arrive, while the rest renders. */
async function leavePage(url: string, path: string, headers: string): Promise<void> {
  const socket = await open(url);
  socket.once("data", () => socket.resetAndDestroy());
  socket.write(`GET ${path} HTTP/1.1\r\n${headers}\r\n`);
  await closed(socket);
}

describe("a person who leaves before the answer is in", () => {
  it("is no error: the app logs nothing at error level and goes on answering", async () => {
    const app = await apps.start({ MONGODB_URI: inject("mongoUri") });
    const {
      clients: [client],
    } = await registerOn([app.url]);
    if (!client) throw new Error("no client");
    const id = await newConversation(client);
    const host = new URL(app.url).host;
    const headers = `Host: ${host}\r\nCookie: ${client.cookieHeader}\r\nConnection: close\r\n`;
    const before = app.output().length;

    for (let round = 0; round < 3; round++) {
      for (const path of [`/chat/${id}`, "/chat", "/images", "/arena", "/settings"]) {
        await leavePage(app.url, path, headers);
      }
    }

    // A body that stops arriving halfway, then the connection goes: the
    // server is reading it when it learns that no one is left to answer.
    const socket = await open(app.url);
    const json = JSON.stringify({ title: "Never finished" });
    socket.write(
      `POST /api/conversations HTTP/1.1\r\n${headers}Origin: ${app.url}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${json.length + 100}\r\n\r\n${json}`,
    );
    // By the time a request sent after it is answered, its handler is waiting for the rest.
    expect((await client.fetch("/api/health")).status).toBe(200);
    socket.destroy();
    await closed(socket);

    // And by the time the next one is answered, the app has heard that it was left.
    expect((await client.fetch(`/api/conversations/${id}`)).status).toBe(200);
    const lines = app.output().slice(before).split("\n");
    // The request log notes each departure, at info level; nothing else may mention one.
    const requests = lines.filter((line) => line.includes('"message":"request"'));
    expect(requests.some((line) => line.includes('"aborted":true'))).toBe(true);
    const logged = lines.filter((line) => !requests.includes(line)).join("\n");
    expect(logged).not.toContain('"level":"error"');
    expect(logged).not.toMatch(/destination stream|unhandledRejection|aborted/);
  });
});
