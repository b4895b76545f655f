import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { type CaughtMail, parseMail } from "./mime";

export interface MailCatcher {
  /** What the app gets as SMTP_URL. */
  smtpUrl: string;
  /** Where other processes read what arrived: `GET /messages`, `DELETE /messages`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A mail server that delivers nowhere: it keeps every email it is given and
 * shows them over HTTP, so tests in other processes can read the links the
 * app mailed. Plain SMTP, any or no credentials accepted.
 */
export async function startMailCatcher(ports: { smtp?: number; http?: number } = {}) {
  const caught: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((each) => each.address),
        };
        caught.push(parseMail(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(ports.smtp ?? 0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http = createServer((req, res) => {
    if (req.url?.startsWith("/messages") && req.method === "DELETE") caught.length = 0;
    else if (!req.url?.startsWith("/messages") || req.method !== "GET") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(caught));
  });
  await new Promise<void>((resolve) => http.listen(ports.http ?? 0, "127.0.0.1", resolve));
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    url: `http://127.0.0.1:${httpPort}`,
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  } satisfies MailCatcher;
}
