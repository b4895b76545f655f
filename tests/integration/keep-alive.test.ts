import { connect, type Socket } from "node:net";
import { describe, expect, inject, it } from "vitest";

/** Sends a GET on `socket` and resolves with the status line once the whole answer is in. */
function get(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const onData = (chunk: Buffer) => {
      received += chunk.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      const length = Number(/content-length: *(\d+)/i.exec(received)?.[1] ?? Number.NaN);
      if (received.length - end - 4 < length) return;
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(received.split("\r\n")[0] ?? "");
    };
    const onClose = () => reject(new Error("the server closed the connection"));
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n`);
  });
}

describe("an idle keep-alive connection", () => {
  // A proxy in front keeps its connections to the app open for up to a minute
  // and sends the next request on one whenever it likes: the app must not
  // have closed it a few seconds after the last answer.
  it("is still open, and answers, 6 seconds after its last request", async () => {
    const { hostname, port } = new URL(inject("appUrl"));
    const socket = connect(Number(port), hostname);
    await new Promise((resolve) => socket.once("connect", resolve));
    let closed = false;
    socket.once("close", () => {
      closed = true;
    });
    try {
      expect(await get(socket, "/api/health")).toBe("HTTP/1.1 200 OK");
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(closed).toBe(false);
      expect(await get(socket, "/api/health")).toBe("HTTP/1.1 200 OK");
    } finally {
      socket.destroy();
    }
  }, 15_000);
});
