import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { OAuth2Issuer, OAuth2Service } from "oauth2-mock-server";

export { FAKE_OIDC_CLIENT } from "./client";

/** The claims the next sign-in's ID token carries about the person. */
export interface FakeIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface FakeOidc {
  /** The issuer URL to give the app as AUTH_OIDC_ISSUER. */
  issuer: string;
  /** Who signs in next (the provider approves everyone at once, without a form). */
  signInAs(identity: FakeIdentity): void;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider for the tests (discovery, keys, authorize,
 * token and userinfo endpoints, PKCE and nonce checked), on oauth2-mock-server.
 * `POST /__identity` with a FakeIdentity chooses who signs in next, for the
 * browser tests that cannot reach signInAs.
 */
export async function startFakeOidc({ port = 0, host = "127.0.0.1" } = {}): Promise<FakeOidc> {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate("RS256");
  const service = new OAuth2Service(issuer);
  let identity: FakeIdentity = { sub: "someone", email: "someone@example.com" };

  service.on("beforeTokenSigning", (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, identity);
  });
  service.on("beforeUserinfo", (userinfo: { body: Record<string, unknown> }) => {
    userinfo.body = { ...identity };
  });

  const server = createServer((req, res) => {
    if (req.method === "POST" && req.url === "/__identity") {
      void readJson(req).then(
        (body) => {
          identity = body as FakeIdentity;
          res.writeHead(204).end();
        },
        () => res.writeHead(400).end(),
      );
      return;
    }
    service.requestHandler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  issuer.url = `http://${host}:${bound}`;

  return {
    issuer: issuer.url,
    signInAs(next) {
      identity = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}
