import { randomBytes } from "node:crypto";
import { inject } from "vitest";

/**
 * A small HTTP client for the running app with a cookie jar, so a test can
 * act as a signed-in browser (session cookie, same-origin requests) or as an
 * anonymous script. The test server trusts one proxy hop, so each client
 * presents its own address (from the documentation range 2001:db8::/32) and
 * rate limits keyed on the address do not couple unrelated tests.
 */
export class Client {
  readonly baseUrl: string;
  readonly address =
    `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
  private readonly cookies = new Map<string, string>();

  constructor(baseUrl = inject("appUrl")) {
    if (!baseUrl) {
      throw new Error("No app server: run `npm run build` first so the tests can start it.");
    }
    this.baseUrl = baseUrl;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }

  /** Sends a request as the browser would from our own pages (cookies and Origin). */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has("cookie")) headers.set("cookie", this.cookieHeader);
    if (!headers.has("origin")) headers.set("origin", this.baseUrl);
    if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", this.address);
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: "manual",
    });
    this.remember(response);
    return response;
  }

  json(path: string, method: string, body?: unknown, headers?: HeadersInit): Promise<Response> {
    return this.fetch(path, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Signs in through next-auth's credentials flow; returns the final redirect target. */
  async signIn(email: unknown, password: unknown): Promise<{ ok: boolean; code: string | null }> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        email: String(email),
        password: String(password),
        csrfToken: csrf.csrfToken,
        callbackUrl: "/chat",
      }),
    });
    const location = new URL(response.headers.get("location") ?? "/", this.baseUrl);
    const failed = location.searchParams.has("error");
    return { ok: !failed && this.hasSession(), code: location.searchParams.get("code") };
  }

  async signOut(): Promise<void> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await this.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken }),
    });
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\b/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
